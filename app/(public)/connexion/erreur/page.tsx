// Sign-in errors (expired or malformed link, suspended account…) explained in French.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.signInError");
  return { title: t("title") };
}

const KNOWN = ["Verification", "AccessDenied", "Configuration"] as const;

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const t = await getTranslations("auth");
  const key = (KNOWN as readonly string[]).includes(error ?? "") ? (error as (typeof KNOWN)[number]) : "Default";
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p role="alert" data-testid="sign-in-error">
        {t(`errors.${key}`)}
      </p>
      <Link href="/connexion" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("askAgain")}
      </Link>
    </div>
  );
}
