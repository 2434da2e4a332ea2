// The audit log (admins only): who did what to what, when; filters; CSV export.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { searchAuditLog } from "@/lib/audit/journal";
import { auditFilterErrors, auditFilterSchema, type AuditFilters } from "@/lib/validation/audit";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.journal");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

function query(filters: AuditFilters, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) if (value !== undefined && !(key === "page" && value === 1)) params.set(key, String(value));
  return params.size ? `?${params}` : "";
}

export default async function JournalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const fmt = intlLocaleOf(await getLocale());
  const admin = await requirePageRole("ADMIN", "/admin/journal");
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  const errors = parsed.success ? {} : auditFilterErrors(parsed.error);
  const filters: AuditFilters = parsed.success ? parsed.data : {};
  const t = await getTranslations("journal");
  const result = parsed.success ? await searchAuditLog(admin, filters) : null;
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" });
  const value = (key: keyof AuditFilters) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const field = (key: "acteur" | "cible" | "action" | "du" | "au", type = "text") => (
    <div key={key}>
      <label htmlFor={key} className="block font-medium">
        {t(`filters.${key}`)}
      </label>
      <input
        id={key}
        name={key}
        type={type}
        defaultValue={value(key)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${key}-error` : undefined}
        className="rounded border border-stone-400 px-3 py-2"
      />
      {errors[key] && (
        <p id={`${key}-error`} className="text-sm font-medium text-red-800">
          {errors[key][0]}
        </p>
      )}
    </div>
  );
  const label = (action: string) => (t.has(`actions.${action}` as never) ? t(`actions.${action}` as never) : action);

  return (
    <div className="space-y-6" data-testid="journal-page">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      <form method="get" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3">
        {field("acteur")}
        {field("cible")}
        {field("action")}
        {field("du", "date")}
        {field("au", "date")}
        <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white">{t("filter")}</button>
        {result && (
          <a href={`/admin/journal/export${query(filters)}`} className="py-2 font-medium underline underline-offset-4" data-testid="journal-export">
            {t("export")}
          </a>
        )}
      </form>
      {result && (
        <>
          <p data-testid="journal-count">{t("count", { count: result.total })}</p>
          {result.entries.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">{t("columns.at")}</th>
                  <th scope="col" className="py-2 pr-4">{t("columns.actor")}</th>
                  <th scope="col" className="py-2 pr-4">{t("columns.action")}</th>
                  <th scope="col" className="py-2 pr-4">{t("columns.target")}</th>
                  <th scope="col" className="py-2 pr-4">{t("columns.details")}</th>
                </tr>
              </thead>
              <tbody>
                {result.entries.map((entry) => (
                  <tr key={entry.id} className="border-b border-stone-200 align-top" data-testid="journal-entry" data-action={entry.action}>
                    <td className="whitespace-nowrap py-2 pr-4">{date.format(entry.at)}</td>
                    <td className="py-2 pr-4">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t("system")}</td>
                    <td className="py-2 pr-4">{label(entry.action)}</td>
                    <td className="py-2 pr-4">
                      {entry.targetLabel ?? entry.targetId} <span className="text-stone-700">({entry.targetType})</span>
                    </td>
                    <td className="py-2 pr-4">
                      {(entry.before !== null || entry.after !== null) && (
                        <details>
                          <summary className="cursor-pointer">{t("show")}</summary>
                          <dl className="mt-1 space-y-1 break-all font-mono text-xs">
                            {entry.before !== null && (
                              <>
                                <dt className="font-semibold">{t("before")}</dt>
                                <dd>{JSON.stringify(entry.before)}</dd>
                              </>
                            )}
                            {entry.after !== null && (
                              <>
                                <dt className="font-semibold">{t("after")}</dt>
                                <dd>{JSON.stringify(entry.after)}</dd>
                              </>
                            )}
                          </dl>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          )}
          {result.pageCount > 1 && (
            <nav aria-label={t("pagination")} className="flex gap-4">
              {result.page > 1 && <Link href={`/admin/journal${query(filters, result.page - 1)}`}>{t("previous")}</Link>}
              <span>{t("pageOf", { page: result.page, count: result.pageCount })}</span>
              {result.page < result.pageCount && <Link href={`/admin/journal${query(filters, result.page + 1)}`}>{t("next")}</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
