// Shown once an account has been erased.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("erasedTitle") };
}

export default async function AccountErasedPage() {
  const t = await getTranslations("privacy");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("erasedTitle")}</h1>
      <p>{t("erasedText")}</p>
      <Link href="/">{t("home")}</Link>
    </div>
  );
}
