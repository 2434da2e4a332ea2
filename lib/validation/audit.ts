// Audit-log filters, read from the URL (page and CSV export share them).
import { z } from "zod";
import { zodIssueMessage } from "@/lib/errors";
import { translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locale";
import "@/lib/validation/zod-locale";

const one = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema.optional());

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue au format AAAA-MM-JJ." }).refine((value) => {
  const date = new Date(value + "T00:00:00Z");
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}, { message: "Cette date n'existe pas." });

export const auditFilterSchema = z
  .object({
    acteur: one(z.string().trim().max(200, { message: "200 caractères au plus." })),
    cible: one(z.string().trim().max(200, { message: "200 caractères au plus." })),
    action: one(z.string().trim().regex(/^[a-z.\-]{1,80}$/, { message: "Une action s'écrit comme « moderation.approve » ou « user. »." })),
    du: one(day),
    au: one(day),
    page: one(z.coerce.number().int().min(1).max(10_000)).catch(undefined),
  })
  .refine((filters) => !filters.du || !filters.au || filters.du <= filters.au, { path: ["au"], message: "La date de fin précède la date de début." });

export type AuditFilters = z.infer<typeof auditFilterSchema>;

/** What is wrong with each filter, in the reader's language. */
export function auditFilterErrors(error: z.ZodError, locale: Locale = "fr"): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(translate(locale, zodIssueMessage(issue)));
  return errors;
}
