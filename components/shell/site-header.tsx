// The site header: brand, navigation by role, and the account corner.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const t = await getTranslations("shell");
  const tRoles = await getTranslations("roles");
  const tVisits = await getTranslations("visits.nav");
  const tPrivacy = await getTranslations("privacy");
  const links: { href: string; label: string }[] = [
    { href: "/alliances", label: t("nav.alliances") },
    { href: "/trouver-un-pair", label: t("nav.findPeer") },
    { href: "/impact", label: t("nav.impact") },
  ];
  if (user) links.push({ href: "/mes-demandes", label: tVisits("myRequests") });
  if (hasRole(user?.role, "CATALYST")) links.push({ href: "/espace", label: t("nav.workspace") });
  if (hasRole(user?.role, "ADMIN")) links.push({ href: "/admin", label: t("nav.admin") });

  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-brand-800 no-underline">
          <span className="text-2xl font-bold tracking-tight">{t("brand")}</span>
          <span className="hidden text-sm text-stone-700 sm:inline">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-stone-800 underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
            {user ? (
              <li className="flex items-center gap-3">
                <span className="text-stone-700" data-testid="current-user">
                  {t("signedInAs", { name: user.publicName ?? user.name ?? user.email })} · {tRoles(user.role)}
                </span>
                <Link href="/mon-compte" className="text-stone-800 underline underline-offset-4">
                  {tPrivacy("navLink")}
                </Link>
                <Link href="/deconnexion" className="text-stone-800 underline underline-offset-4">
                  {t("nav.signOut")}
                </Link>
              </li>
            ) : (
              <li>
                <Link href="/connexion" className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
                  {t("nav.signIn")}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
