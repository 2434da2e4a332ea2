// Sign-out confirmation (a POST, so that a link cannot sign anyone out).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "../connexion/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.signOut");
  return { title: t("title") };
}

export default async function SignOutPage() {
  const t = await getTranslations("auth");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("signOutTitle")}</h1>
      <p>{t("signOutText")}</p>
      <form action={signOutAction}>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("signOutSubmit")}
        </button>
      </form>
    </div>
  );
}
