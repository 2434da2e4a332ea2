// The person's own data: download everything, or erase the account (RGPD).
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { EraseForm } from "./_components/erase-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

export default async function MyAccountPage() {
  await requirePageRole("MEMBER", "/mon-compte");
  const t = await getTranslations("privacy");
  const messages = await getMessages();
  return (
    <div className="max-w-2xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </div>
      <section className="space-y-2" aria-labelledby="export-title">
        <h2 id="export-title" className="text-xl font-semibold">{t("exportTitle")}</h2>
        <p>{t("exportText")}</p>
        <a href="/mon-compte/export" download className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800">
          {t("exportLink")}
        </a>
      </section>
      <section className="space-y-2" aria-labelledby="erase-title">
        <h2 id="erase-title" className="text-xl font-semibold">{t("eraseTitle")}</h2>
        <p>{t("eraseText")}</p>
        <NextIntlClientProvider messages={{ privacy: messages.privacy, errors: messages.errors }}>
          <EraseForm />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
