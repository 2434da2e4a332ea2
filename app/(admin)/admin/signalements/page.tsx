// Open reports, oldest first, each with its decision; and the ones handled recently.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listHiddenAlliances, listReports } from "@/lib/moderation/reports";
import { ReportDecision } from "./_components/report-decision";
import { RestoreAlliance } from "./_components/restore-alliance";
import { ClientMessages } from "@/components/i18n/client-messages";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.reports");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

const DONE = ["hide", "request_update", "dismiss", "restore"] as const;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ decision?: string | string[] }> }) {
  const fmt = intlLocaleOf(await getLocale());
  const admin = await requirePageRole("ADMIN", "/admin/signalements");
  const { decision } = await searchParams;
  const done = DONE.find((value) => value === decision);
  const t = await getTranslations("reports");
  const [open, handled, hidden] = await Promise.all([listReports(admin, "OPEN"), listReports(admin, "HANDLED"), listHiddenAlliances(admin)]);
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-8" data-testid="reports-page">
      <header>
        <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
        <p>{t("admin.lead")}</p>
      </header>
      {done && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t(`admin.done.${done}`)}
        </p>
      )}
      <section aria-labelledby="open-reports" className="space-y-4">
        <h2 id="open-reports" className="text-xl font-semibold">
          {t("admin.open", { count: open.length })}
        </h2>
        {open.length === 0 ? (
          <p>{t("admin.empty")}</p>
        ) : (
          <ol className="space-y-4">
            {open.map((report) => (
              <li key={report.id} className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid="open-report">
                <h3 className="font-semibold">
                  <Link href={`/alliances/${report.alliance.slug}`} className="text-blue-800 underline">
                    {report.alliance.name}
                  </Link>{" "}
                  — {t(`form.reasons.${report.reason}`)}
                </h3>
                <p className="text-sm text-stone-700">{t("admin.by", { name: report.reporterName, date: date.format(report.createdAt) })}</p>
                {report.measurement && <p className="text-sm font-medium">{t("admin.aboutMeasurement", { measurement: report.measurement })}</p>}
                {report.text && <blockquote className="whitespace-pre-wrap border-l-4 border-stone-300 pl-3">{report.text}</blockquote>}
                {report.alliance.publicationStatus !== "PUBLISHED" && <p className="text-sm">{t("admin.notPublished")}</p>}
                <ClientMessages namespaces={["reports", "errors"]}>
                  <ReportDecision reportId={report.id} />
                </ClientMessages>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="hidden-alliances" className="space-y-4">
        <h2 id="hidden-alliances" className="text-xl font-semibold">
          {t("admin.hidden.title", { count: hidden.length })}
        </h2>
        {hidden.length === 0 ? (
          <p>{t("admin.hidden.empty")}</p>
        ) : (
          <ul className="space-y-4">
            {hidden.map((alliance) => (
              <li key={alliance.id} className="space-y-2 rounded border border-stone-200 bg-white p-4" data-testid="hidden-alliance">
                <h3 className="font-semibold">{alliance.name}</h3>
                {alliance.hiddenAt && <p className="text-sm text-stone-700">{t("admin.hidden.since", { date: date.format(alliance.hiddenAt) })}</p>}
                {alliance.hiddenReason && <blockquote className="whitespace-pre-wrap border-l-4 border-stone-300 pl-3">{alliance.hiddenReason}</blockquote>}
                {alliance.resubmitted && (
                  <p className="text-sm">
                    {t("admin.hidden.resubmitted")}{" "}
                    <Link href={`/admin/moderation/${alliance.id}`} className="text-blue-800 underline">
                      {t("admin.hidden.review")}
                    </Link>
                  </p>
                )}
                <ClientMessages namespaces={["reports", "errors"]}>
                  <RestoreAlliance allianceId={alliance.id} />
                </ClientMessages>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="handled-reports" className="space-y-2">
        <h2 id="handled-reports" className="text-xl font-semibold">
          {t("admin.handled")}
        </h2>
        {handled.length === 0 ? (
          <p>{t("admin.noneHandled")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {handled.map((report) => (
              <li key={report.id}>
                {report.handledAt ? date.format(report.handledAt) : ""} — {report.alliance.name} — {t(`admin.status.${report.status}` as never)}
                {report.resolution ? ` : « ${report.resolution} »` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
