// Sign-in: ask for a magic link by e-mail.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { signInSchema } from "@/lib/validation/auth";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const parsed = signInSchema.shape.callbackUrl.safeParse(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  const target = parsed.success ? parsed.data : "/espace";
  if (await getCurrentUser()) redirect(target);
  const t = await getTranslations("auth");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p>{t("signInLead")}</p>
      <SignInForm callbackUrl={target} />
    </div>
  );
}
