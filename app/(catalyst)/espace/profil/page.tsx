// The catalyst's public profile: name, territory, expertise, and whether to be findable.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/people/profile";
import { listDomains } from "@/lib/alliances/directory";
import { communeOption } from "@/lib/geo/options";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileForm } from "./_components/profile-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.profile");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function ProfilePage() {
  const user = await requirePageRole("CATALYST", "/espace/profil");
  const t = await getTranslations("profile");
  const profile = await getOwnProfile(user);
  const domains = await listDomains(await getLocale());
  return (
    <div className="space-y-6" data-testid="profile-page">
      <header>
        <p className="text-sm">
          <Link href="/espace" className="underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
        {profile.profilePublic && (
          <p>
            <Link href={`/catalyseurs/${user.id}`} className="underline underline-offset-4">
              {t("seePublic")}
            </Link>
          </p>
        )}
      </header>
      <ClientMessages namespaces={["profile", "errors"]}>
        <ProfileForm profile={profile} commune={profile.communeInsee ? communeOption(profile.communeInsee) : null} domains={domains} />
      </ClientMessages>
    </div>
  );
}
