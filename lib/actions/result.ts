// What a server action returns to its form, and the one place that turns errors into it:
// expected failures keep their French message; anything else is logged with a reference.
import "server-only";
import crypto from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { isAppError, isDatabaseUnavailable, isTransientConflict, isUnstorableText } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ActionResult<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; code: string; fieldErrors?: Record<string, string[]>; details?: unknown };

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors, details: error.details };
    if (isDatabaseUnavailable(error)) {
      return { ok: false, code: "UNAVAILABLE", error: "Le service est momentanément indisponible : rien n'a été enregistré. Réessayez dans un instant." };
    }
    if (isTransientConflict(error)) {
      return { ok: false, code: "CONFLICT", error: "Quelqu'un modifiait la même chose au même moment : rien n'a été enregistré. Réessayez." };
    }
    if (isUnstorableText(error)) {
      return { ok: false, code: "INVALID_INPUT", error: "Le texte envoyé contient un caractère invisible non autorisé (caractère nul) : retirez-le. Rien n'a été enregistré." };
    }
    const ref = crypto.randomBytes(4).toString("hex");
    logger.error({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error), ref }, "server action failed");
    return { ok: false, code: "INTERNAL", error: `Une erreur inattendue est survenue : rien n'a été enregistré. Référence : ${ref}.` };
  }
}
