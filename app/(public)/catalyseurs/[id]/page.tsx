// A catalyst's public profile (only when they opted in): territory, expertise, alliances.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getPublicProfile } from "@/lib/people/profile";
import { listDomains } from "@/lib/alliances/directory";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const profile = await getPublicProfile((await params).id);
  return profile ? { title: profile.name, description: profile.bio ?? undefined } : {};
}

export default async function CatalystProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const profile = await getPublicProfile((await params).id);
  if (!profile) notFound();
  const t = await getTranslations("profile");
  const domains = new Map((await listDomains(await getLocale())).map((d) => [d.code, d.label]));
  return (
    <article className="space-y-6" data-testid="catalyst-profile">
      <header className="space-y-1">
        <p className="text-sm text-stone-700">{t("kicker")}</p>
        <h1 className="text-3xl font-bold text-brand-800">{profile.name}</h1>
        {profile.communeName && <p>{t("basedIn", { place: profile.communeName })}</p>}
      </header>
      {profile.bio && <p className="max-w-3xl whitespace-pre-wrap">{profile.bio}</p>}
      {profile.expertiseDomains.length > 0 && (
        <section aria-labelledby="expertise">
          <h2 id="expertise" className="text-xl font-semibold">
            {t("expertise")}
          </h2>
          <p>{profile.expertiseDomains.map((code) => domains.get(code) ?? code).join(" · ")}</p>
        </section>
      )}
      <section aria-labelledby="alliances">
        <h2 id="alliances" className="text-xl font-semibold">
          {t("alliances")}
        </h2>
        {profile.alliances.length === 0 ? (
          <p>{t("noAlliance")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {profile.alliances.map((alliance) => (
              <li key={alliance.slug}>
                <Link href={`/alliances/${alliance.slug}`} className="underline underline-offset-4">
                  {alliance.name}
                </Link>
                {alliance.communeName ? ` (${alliance.communeName})` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
