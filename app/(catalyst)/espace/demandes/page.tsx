// The catalyst's inbox: visit requests to the alliances they edit, latest activity first.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listInbox } from "@/lib/contacts/queries";
import { listBlockedSenders } from "@/lib/contacts/blocking";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UnblockUser } from "./_components/unblock-user";
import { StatusBadge } from "@/components/visits/status-badge";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.visitRequests");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ debloque?: string | string[] }> }) {
  const fmt = intlLocaleOf(await getLocale());
  const user = await requirePageRole("CATALYST", "/espace/demandes");
  const t = await getTranslations("visits.inbox");
  const [requests, blocked] = await Promise.all([listInbox(user), listBlockedSenders(user)]);
  const unblocked = Boolean((await searchParams).debloque);
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "long", timeZone: "Europe/Paris" });
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
      {unblocked && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("blocked.done")}
        </p>
      )}
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
      {blocked.length > 0 && (
        <section aria-labelledby="blocked-senders" className="space-y-3" data-testid="blocked-senders">
          <h2 id="blocked-senders" className="text-xl font-semibold">
            {t("blocked.title")}
          </h2>
          <p>{t("blocked.lead")}</p>
          <ul className="space-y-2">
            {blocked.map((sender) => (
              <li key={sender.userId} className="flex flex-wrap items-center justify-between gap-3 rounded border border-stone-200 bg-white p-3" data-testid="blocked-sender">
                <span>
                  <span className="font-medium">{sender.name}</span> · {t("blocked.since", { date: date.format(sender.blockedAt) })}
                  {sender.lastRequestId && (
                    <>
                      {" "}
                      ·{" "}
                      <Link href={`/espace/demandes/${sender.lastRequestId}`} className="underline underline-offset-4">
                        {t("blocked.lastRequest")}
                      </Link>
                    </>
                  )}
                </span>
                <ClientMessages namespaces={["visits", "errors"]}>
                  <UnblockUser userId={sender.userId} name={sender.name} />
                </ClientMessages>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
