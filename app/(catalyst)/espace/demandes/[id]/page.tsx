// One visit request, as its alliance's catalysts see it: the request, the conversation,
// a reply, its state, and blocking the sender. NOT_FOUND for anyone else.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getThread } from "@/lib/contacts/queries";
import { VISIT_LIMITS } from "@/lib/validation/visits";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ThreadView } from "@/components/visits/thread-view";
import { ReplyForm } from "@/components/visits/reply-form";
import { BlockForm, StatusForm } from "./_components/catalyst-controls";
import { replyAsCatalystAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.visitRequest");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

const DONE: Record<string, string> = { message: "sent", etat: "statusDone", bloque: "blockDone", debloque: "unblockDone" };

export default async function CatalystThreadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string | string[] }> }) {
  const { id } = await params;
  const { fait } = await searchParams;
  const user = await requirePageRole("CATALYST", `/espace/demandes/${id}`);
  const thread = await getThread(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!thread.viewer.isEditor) notFound();
  const t = await getTranslations("visits.thread");
  const done = typeof fait === "string" ? DONE[fait] : undefined;
  return (
    <div className="space-y-6" data-testid="catalyst-thread">
      <header className="space-y-1">
        <p className="flex flex-wrap gap-4">
          <Link href="/espace/demandes" className="underline underline-offset-4">
            {t("backInbox")}
          </Link>
          <Link href={`/alliances/${thread.alliance.slug}`} className="underline underline-offset-4">
            {t("allianceLink")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title", { alliance: thread.alliance.name })}</h1>
      </header>
      {done && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t(done as "sent")}
        </p>
      )}
      <ThreadView thread={thread} />
      <ClientMessages namespaces={["visits", "errors"]}>
        {thread.status === "CLOSED" ? <p className="rounded border border-stone-300 bg-stone-50 p-3">{t("closedEditor")}</p> : <ReplyForm requestId={thread.id} action={replyAsCatalystAction} maxLength={VISIT_LIMITS.reply} />}
        <section aria-labelledby="status-title" className="max-w-xl space-y-3 border-t border-stone-200 pt-4">
          <h2 id="status-title" className="text-lg font-semibold">
            {t("statusTitle")}
          </h2>
          <StatusForm requestId={thread.id} status={thread.status} />
        </section>
        <div className="max-w-xl border-t border-stone-200 pt-4">
          <BlockForm requestId={thread.id} requesterName={thread.requesterName} blocked={thread.viewer.hasBlockedRequester} />
        </div>
      </ClientMessages>
    </div>
  );
}
