// The report of the alliance behind a URL slug, as the current reader may see it, in their language.
import "server-only";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { loadImpactReport, type ReportLookup } from "@/lib/reports/impact-report";
import { buildReportDocument, type ReportDocument } from "@/lib/reports/report-document";

export type DocumentLookup = { kind: "found"; document: ReportDocument; slug: string; name: string } | Exclude<ReportLookup, { kind: "found" }>;

/** Shared by the page and its metadata within one request (React cache). */
export const reportDocumentFor = cache(async (rawSlug: string, locale: string, origin: string): Promise<DocumentLookup> => {
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return { kind: "missing" };
  }
  const user = await getCurrentUser();
  const lookup = await loadImpactReport(slug, user ? { id: user.id, role: user.role } : null);
  if (lookup.kind !== "found") return lookup;
  const t = await getTranslations({ locale });
  const translate = (key: string, params?: Record<string, string | number>) => t(key as never, params as never);
  const { alliance } = lookup.report;
  return { kind: "found", document: buildReportDocument(lookup.report, translate, locale, `${origin}/alliances/${alliance.slug}`), slug: alliance.slug, name: alliance.name };
});
