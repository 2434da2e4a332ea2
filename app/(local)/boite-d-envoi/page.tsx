// The local outbox: e-mails kept when no SMTP is configured. Answers only requests from
// this machine, and never while SMTP is configured (it then does not exist: 404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { listOutbox } from "@/lib/mail/service";
import { canShowOutbox } from "@/lib/mail/outbox-access";
import { clientAddress } from "@/lib/security/local-request";
import { env } from "@/lib/env";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.outbox");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ a?: string | string[] }> }) {
  const fmt = intlLocaleOf(await getLocale());
  if (!canShowOutbox(env().SMTP_URL, await clientAddress())) notFound();
  const { a: given } = await searchParams;
  const a = Array.isArray(given) ? given[0] : given;
  const t = await getTranslations("outbox");
  const messages = await listOutbox({ to: a });
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <form className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="a" className="block text-sm font-medium">
            {t("filterLabel")}
          </label>
          <input id="a" name="a" defaultValue={a ?? ""} className="rounded border border-stone-400 px-3 py-2" />
        </div>
        <button className="rounded bg-brand-700 px-3 py-2 text-white">{t("filterSubmit")}</button>
      </form>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {messages.map((message) => (
            <li key={message.id} className="rounded border border-stone-200 bg-white p-4" data-testid="outbox-message" data-to={message.to}>
              <p className="text-sm text-stone-700">
                {t("to")} : <span data-testid="outbox-to">{message.to}</span> · {date.format(message.createdAt)}
              </p>
              <h2 className="font-semibold">{message.subject}</h2>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{linkify(message.text)}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part} className="break-all text-blue-800 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
