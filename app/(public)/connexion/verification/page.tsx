// After asking for a link: "check your e-mail" (and where the local outbox is).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { smtpConfigured } from "@/lib/mail/service";
import { isLocalRequest } from "@/lib/security/local-request";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.checkEmail");
  return { title: t("title") };
}

export default async function VerifyRequestPage() {
  const t = await getTranslations("auth");
  const showOutbox = !smtpConfigured() && (await isLocalRequest());
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
      <p>{t("checkEmailText")}</p>
      {showOutbox && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3">
          {t("outboxHint")}{" "}
          <Link href="/boite-d-envoi" className="font-medium underline underline-offset-4">
            {t("outboxLink")}
          </Link>
        </p>
      )}
    </div>
  );
}
