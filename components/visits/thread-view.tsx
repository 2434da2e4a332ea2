// A visit request as both sides read it: the request itself, then the conversation.
// Addresses appear only on the messages whose author chose to share theirs.
import { getTranslations, getLocale } from "next-intl/server";
import type { Thread } from "@/lib/contacts/queries";
import { StatusBadge } from "@/components/visits/status-badge";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function ThreadView({ thread }: { thread: Thread }) {
  const fmt = intlLocaleOf(await getLocale());
  const t = await getTranslations("visits.thread");
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6">
      <section aria-labelledby="request-details" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="request-details" className="text-xl font-semibold">
            {t("request")}
          </h2>
          <StatusBadge status={thread.status} />
        </div>
        <p className="text-sm text-stone-700">{t("sentBy", { name: thread.requesterName, date: date.format(thread.createdAt) })}</p>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t("whoAmI")}</dt>
          <dd className="whitespace-pre-wrap" data-testid="request-who">
            {thread.whoAmI}
          </dd>
          <dt className="font-medium">{t("territory")}</dt>
          <dd>{thread.territory}</dd>
          <dt className="font-medium">{t("availability")}</dt>
          <dd className="whitespace-pre-wrap">{thread.availability}</dd>
        </dl>
      </section>

      <section aria-labelledby="conversation" className="space-y-3">
        <h2 id="conversation" className="text-xl font-semibold">
          {t("conversation")}
        </h2>
        <p className="text-sm text-stone-700">{t("privacy")}</p>
        <ol className="space-y-3">
          {thread.messages.map((message) => (
            <li
              key={message.id}
              className={`rounded-lg border p-3 ${message.fromAlliance ? "border-brand-100 bg-brand-50" : "border-stone-200 bg-white"}`}
              data-testid="thread-message"
              data-from={message.fromAlliance ? "alliance" : "requester"}
            >
              <p className="text-sm text-stone-700">
                <span className="font-semibold text-stone-900">{message.authorName}</span> ({message.fromAlliance ? t("fromAlliance") : t("fromRequester")}
                {message.mine ? `, ${t("you")}` : ""}) · <time dateTime={message.createdAt.toISOString()}>{date.format(message.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap">{message.body}</p>
              {message.email && (
                <p className="mt-2 text-sm" data-testid="shared-email">
                  {t("sharedEmail", { email: message.email })}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
