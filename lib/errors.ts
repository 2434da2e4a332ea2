// One error type for expected failures, each with a French message safe to show.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID_INPUT" | "RATE_LIMITED" | "UNAVAILABLE";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly details?: unknown;

  constructor(code: AppErrorCode, message: string, options: { fieldErrors?: FieldErrors; details?: unknown } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** An error's code and message as one string, for the classifiers below. */
function errorText(error: unknown): string {
  return `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`;
}

/** True when the error means PostgreSQL cannot be reached (not a query mistake). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = errorText(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|08006|08001|Connection terminated|connect timeout|Can't reach database|DatabaseNotReachable|timeout exceeded when trying to connect/i.test(
    text,
  );
}

/**
 * True when PostgreSQL refused text it cannot store (a NUL character, invalid UTF-8): bad
 * input that slipped past a schema, reported as such rather than as an internal error.
 */
export function isUnstorableText(error: unknown): boolean {
  return /\b22021\b|\b22P05\b|invalid byte sequence for encoding|unsupported Unicode escape sequence/i.test(errorText(error));
}

/** True when a write hit a unique constraint (Prisma's P2002): usually two people at once. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === "P2002";
}

/**
 * True when PostgreSQL gave up a transaction because another one needed the same rows at the
 * same moment (deadlock, serialization failure): nothing was written, trying again works.
 */
export function isTransientConflict(error: unknown): boolean {
  return /\b40P01\b|\b40001\b|\bP2034\b|deadlock detected|could not serialize access/i.test(errorText(error));
}
