// The moderation queue: new alliances and changes to published ones, oldest first.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listQueue } from "@/lib/moderation/service";
import { waitedFor } from "@/lib/moderation/age";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.moderation");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function ModerationQueuePage({ searchParams }: { searchParams: Promise<{ decision?: string | string[] }> }) {
  const fmt = intlLocaleOf(await getLocale());
  const admin = await requirePageRole("ADMIN", "/admin/moderation");
  const { decision } = await searchParams;
  const t = await getTranslations("moderation");
  const queue = await listQueue(admin);
  const now = new Date();
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6" data-testid="moderation-queue">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      {(decision === "approuvee" || decision === "refusee") && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t(decision === "approuvee" ? "approved" : "rejected")}
        </p>
      )}
      {queue.length === 0 ? (
        <p data-testid="queue-empty">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("caption", { count: queue.length })}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-4">{t("columns.alliance")}</th>
                <th scope="col" className="py-2 pr-4">{t("columns.kind")}</th>
                <th scope="col" className="py-2 pr-4">{t("columns.author")}</th>
                <th scope="col" className="py-2 pr-4">{t("columns.submitted")}</th>
                <th scope="col" className="py-2 pr-4">{t("columns.waiting")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((item) => (
                <tr key={item.allianceId} className="border-b border-stone-200" data-testid="queue-item">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/admin/moderation/${item.allianceId}`} className="text-blue-800 underline">
                      {item.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    {item.kind === "NEW" ? t("kindNew") : t("kindChange", { count: item.changedFieldCount })}
                  </td>
                  <td className="py-2 pr-4">{item.authorName ?? "—"}</td>
                  <td className="py-2 pr-4">{date.format(item.submittedAt)}</td>
                  <td className="py-2 pr-4">{waitedFor(item.submittedAt, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
