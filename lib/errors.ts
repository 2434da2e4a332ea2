// One error type for expected failures. It carries a message key and parameters (from
// messages/), put in the reader's language where it reaches them; `message` is the French
// text, for logs and tests.
import type { z } from "zod";
import { translate, type Message, type MessageParams } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locale";

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID_INPUT" | "RATE_LIMITED" | "UNAVAILABLE";

/** A message key (or, while code is being converted, a literal text) with its parameters. */
export type MessageLike = Message | string;
/** Field name (dotted path, "form" for the whole form) → what is wrong with it, as keys. */
export type FieldMessages = Record<string, Message[]>;
/** The same in one language (French in `AppError.fieldErrors`). */
export type FieldErrors = Record<string, string[]>;

const asMessage = (value: MessageLike): Message => (typeof value === "string" ? { key: value } : value);

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly key: string;
  readonly params?: MessageParams;
  readonly fieldMessages?: FieldMessages;
  /** The field errors in French, as `message` is (logs, tests). */
  readonly fieldErrors?: FieldErrors;
  readonly details?: unknown;

  constructor(
    code: AppErrorCode,
    key: string,
    options: { params?: MessageParams; fieldErrors?: Record<string, MessageLike | MessageLike[]>; details?: unknown } = {},
  ) {
    super(translate("fr", { key, params: options.params }));
    this.name = "AppError";
    this.code = code;
    this.key = key;
    this.params = options.params;
    this.details = options.details;
    if (options.fieldErrors) {
      this.fieldMessages = Object.fromEntries(
        Object.entries(options.fieldErrors).map(([field, value]) => [field, (Array.isArray(value) ? value : [value]).map(asMessage)]),
      );
      this.fieldErrors = localizeFields(this.fieldMessages, "fr");
    }
  }

  /**
   * Bad input from a zod schema: one field error per issue, keyed by the issue's dotted path
   * ("form" when it concerns the whole input), optionally under a prefix ("organisation.").
   */
  static fromZod(error: z.ZodError, options: { key?: string; prefix?: string; only?: "first" } = {}): AppError {
    const fieldErrors: FieldMessages = {};
    for (const issue of error.issues) {
      const field = `${options.prefix ?? ""}${issue.path.map(String).join(".")}` || "form";
      const list = (fieldErrors[field] ??= []);
      if (options.only !== "first" || list.length === 0) list.push(zodIssueMessage(issue));
    }
    return new AppError("INVALID_INPUT", options.key ?? "errors.app.invalidInput", { fieldErrors });
  }

  /** The summary and the field errors in the reader's language. */
  localized(locale: Locale): { error: string; fieldErrors?: FieldErrors } {
    return {
      error: translate(locale, { key: this.key, params: this.params }),
      fieldErrors: this.fieldMessages ? localizeFields(this.fieldMessages, locale) : undefined,
    };
  }
}

function localizeFields(fields: FieldMessages, locale: Locale): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((m) => translate(locale, m))]));
}

/** Parameters of a zod issue that messages may use: {minimum}, {maximum}, {format}, {expected}… */
export function zodIssueMessage(issue: z.core.$ZodIssue): Message {
  const params: MessageParams = {};
  for (const name of ["minimum", "maximum", "format", "expected", "origin", "divisor"] as const) {
    const value = (issue as unknown as Record<string, unknown>)[name];
    if (typeof value === "number" || typeof value === "string") params[name] = value;
    else if (typeof value === "bigint") params[name] = Number(value);
  }
  const values = (issue as { values?: unknown[] }).values;
  if (Array.isArray(values)) params.values = values.map(String).join(", ");
  return { key: issue.message, params };
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
