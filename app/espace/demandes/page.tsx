// The catalyst's inbox: visit requests to the alliances they edit, latest activity first.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listInbox } from "@/lib/contacts/service";
import { StatusBadge } from "@/components/visits/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.visitRequests");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const user = await requirePageRole("CATALYST", "/espace/demandes");
  const t = await getTranslations("visits.inbox");
  const requests = await listInbox(user);
  const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6" data-testid="visit-inbox">
      <header className="space-y-1">
        <p>
          <Link href="/espace" className="underline underline-offset-4">
            {(await getTranslations("workspace"))("title")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      {requests.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((request) => (
            <li key={request.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="inbox-item" data-status={request.status}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/espace/demandes/${request.id}`} className="underline underline-offset-4">
                    {request.alliance.name}
                    <span className="sr-only"> — {t("open", { name: request.requesterName })}</span>
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
              <p>{t("from", { name: request.requesterName, territory: request.territory })}</p>
              <p className="text-sm text-stone-700">
                {t("received", { date: date.format(request.createdAt) })} · {t("lastActivity", { date: date.format(request.lastActivityAt) })} · {t("messages", { count: request.messageCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
