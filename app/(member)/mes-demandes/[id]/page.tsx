// One of my visit requests: what I asked, the catalysts' answers, and my reply.
// NOT_FOUND for anyone but its requester (catalysts read it from their inbox).
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
import { replyAsRequesterAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.myRequest");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function MyThreadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ envoyee?: string; fait?: string }> }) {
  const { id } = await params;
  const { envoyee, fait } = await searchParams;
  const user = await requirePageRole("MEMBER", `/mes-demandes/${id}`);
  const thread = await getThread(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!thread.viewer.isRequester) notFound();
  const t = await getTranslations("visits.thread");
  const notice = envoyee ? t("justSent") : fait === "message" ? t("sent") : null;
  return (
    <div className="space-y-6" data-testid="requester-thread">
      <header className="space-y-1">
        <p className="flex flex-wrap gap-4">
          <Link href="/mes-demandes" className="underline underline-offset-4">
            {t("backMine")}
          </Link>
          <Link href={`/alliances/${thread.alliance.slug}`} className="underline underline-offset-4">
            {t("allianceLink")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title", { alliance: thread.alliance.name })}</h1>
      </header>
      {notice && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}
      <ThreadView thread={thread} />
      {thread.status === "CLOSED" ? (
        <p className="rounded border border-stone-300 bg-stone-50 p-3">{t("closedRequester")}</p>
      ) : (
        <ClientMessages namespaces={["visits", "errors"]}>
          <ReplyForm requestId={thread.id} action={replyAsRequesterAction} maxLength={VISIT_LIMITS.reply} />
        </ClientMessages>
      )}
    </div>
  );
}
