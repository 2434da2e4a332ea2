// What a server action returns to its form, and the one place that turns errors into it, in
// the reader's language: expected failures keep their own message; anything else is logged
// with a reference and shown as a generic message.
import "server-only";
import crypto from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { AppError, isAppError, isDatabaseUnavailable, isTransientConflict, isUnstorableText } from "@/lib/errors";
import { requestLocale, type Locale } from "@/lib/i18n/locale";
import { translate } from "@/lib/i18n/translate";
import { logger } from "@/lib/logger";

export type ActionResult<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; code: string; fieldErrors?: Record<string, string[]>; details?: unknown };

/** An error as the form shows it. Unexpected errors are logged here, with their stack. */
export function errorResult(error: unknown, locale: Locale): Extract<ActionResult, { ok: false }> {
  if (isAppError(error)) return { ok: false, code: error.code, ...error.localized(locale), details: error.details };
  const known = knownFailure(error);
  if (known) return { ok: false, code: known.code, ...known.localized(locale) };
  const ref = crypto.randomBytes(4).toString("hex");
  logger.error({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error), ref }, "server action failed");
  return { ok: false, code: "INTERNAL", error: translate(locale, { key: "errors.app.internal", params: { ref } }) };
}

/** Failures that are not bugs although no service expected them: the database, not the code. */
export function knownFailure(error: unknown): AppError | null {
  if (isDatabaseUnavailable(error)) return new AppError("UNAVAILABLE", "errors.app.unavailable");
  if (isTransientConflict(error)) return new AppError("CONFLICT", "errors.app.retry");
  if (isUnstorableText(error)) return new AppError("INVALID_INPUT", "errors.app.nulChar");
  return null;
}

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    // Next's redirect() and notFound() are not failures: they go through.
    unstable_rethrow(error);
    return errorResult(error, await requestLocale());
  }
}

/**
 * For actions not yet written with defineAction (which refuses these itself): a forged call
 * whose arguments are not a form gets a clean refusal rather than a TypeError.
 */
export async function notAForm(formData: unknown): Promise<ActionResult<never> | null> {
  if (formData instanceof FormData) return null;
  return errorResult(new AppError("INVALID_INPUT", "errors.app.badForm"), await requestLocale());
}
