// The requester's own space: the visit requests they sent and where each one stands.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listMyRequests } from "@/lib/contacts/queries";
import { StatusBadge } from "@/components/visits/status-badge";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.myRequests");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function MyRequestsPage() {
  const fmt = intlLocaleOf(await getLocale());
  const user = await requirePageRole("MEMBER", "/mes-demandes");
  const t = await getTranslations("visits.mine");
  const requests = await listMyRequests(user);
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "long", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6" data-testid="my-requests">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      {requests.length === 0 ? (
        <p>
          {t("empty")}{" "}
          <Link href="/alliances?visites=1" className="font-medium underline underline-offset-4">
            {t("directory")}
          </Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {requests.map((request) => (
            <li key={request.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="my-request" data-status={request.status}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/mes-demandes/${request.id}`} className="underline underline-offset-4">
                    {request.alliance.name}
                  </Link>
                </h2>
                <span className="flex items-center gap-2">
                  {request.awaitsViewer && (
                    <span className="rounded bg-brand-700 px-2 py-0.5 text-sm font-medium text-white" data-testid="awaits">
                      {t("awaits")}
                    </span>
                  )}
                  <StatusBadge status={request.status} />
                </span>
              </div>
              <p className="text-sm text-stone-700">
                {t("sent", { date: date.format(request.createdAt) })} · {t("lastActivity", { date: date.format(request.lastActivityAt) })} · {t("messages", { count: request.messageCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
