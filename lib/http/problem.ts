// Errors of route handlers as problem documents (RFC 9457, application/problem+json), with a
// `detail` in the reader's language and, for bad input, the parameter at fault.
import "server-only";
import crypto from "node:crypto";
import { HTTP_STATUS, isAppError, type AppError } from "@/lib/errors";
import { knownFailure } from "@/lib/actions/result";
import type { Locale } from "@/lib/i18n/locale";
import { translate } from "@/lib/i18n/translate";
import { logger } from "@/lib/logger";

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The first parameter at fault, when the problem is bad input. */
  parameter?: string;
  /** Every parameter at fault, with what is wrong with it. */
  errors?: { parameter: string; detail: string }[];
  /** A reference to quote to the site's team (unexpected errors). */
  reference?: string;
};

const TITLE_KEY: Record<number, string> = {
  400: "errors.http.400",
  401: "errors.http.401",
  403: "errors.http.403",
  404: "errors.http.404",
  409: "errors.http.409",
  429: "errors.http.429",
  500: "errors.http.500",
  503: "errors.http.503",
};

export function problemResponse(problem: Omit<Problem, "type" | "title"> & { type?: string; title?: string }, locale: Locale, headers: HeadersInit = {}): Response {
  const body: Problem = {
    type: problem.type ?? "about:blank",
    title: problem.title ?? translate(locale, TITLE_KEY[problem.status] ?? "errors.http.500"),
    ...problem,
  };
  const response = new Response(JSON.stringify(body), { status: problem.status, headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", ...headers } });
  return response;
}

export function appErrorProblem(error: AppError, locale: Locale, headers: HeadersInit = {}): Response {
  const { error: detail, fieldErrors } = error.localized(locale);
  const errors = fieldErrors ? Object.entries(fieldErrors).flatMap(([parameter, details]) => details.map((d) => ({ parameter, detail: d }))) : undefined;
  const retryAfter: Record<string, string> = {};
  if (typeof error.params?.retryAfterSeconds === "number") retryAfter["Retry-After"] = String(error.params.retryAfterSeconds);
  else if (error.code === "UNAVAILABLE") retryAfter["Retry-After"] = "5";
  return problemResponse(
    { status: HTTP_STATUS[error.code], detail: errors?.length ? `${detail} ${errors.map((e) => `${e.parameter} : ${e.detail}`).join(" ; ")}` : detail, parameter: errors?.[0]?.parameter, errors },
    locale,
    { ...retryAfter, ...(headers as Record<string, string>) },
  );
}

/** Any error as a problem document; unexpected ones are logged with a reference. */
export function errorProblem(error: unknown, locale: Locale): Response {
  if (isAppError(error)) return appErrorProblem(error, locale);
  const known = knownFailure(error);
  if (known) return appErrorProblem(known, locale);
  const reference = crypto.randomBytes(4).toString("hex");
  logger.error({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error), ref: reference }, "route handler failed");
  return problemResponse({ status: 500, detail: translate(locale, { key: "errors.app.internal", params: { ref: reference } }), reference }, locale);
}
