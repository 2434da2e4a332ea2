// Administration home (admins only): the figures that matter to run the network.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getDashboard } from "@/lib/admin/dashboard";
import { listAlliancesWithoutCatalyst } from "@/lib/privacy/service";
import { waitedFor } from "@/lib/moderation/age";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.admin");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const fmt = intlLocaleOf(await getLocale());
  const admin = await requirePageRole("ADMIN", "/admin");
  const t = await getTranslations("admin");
  const figures = await getDashboard(admin);
  const orphaned = await listAlliancesWithoutCatalyst(admin);
  const tPrivacy = await getTranslations("privacy.admin");
  const now = new Date();
  const cards = [
    { label: t("home.waiting"), value: figures.waiting, detail: figures.oldestWaitingSince ? t("home.oldest", { age: waitedFor(figures.oldestWaitingSince, now) }) : t("home.nothingWaiting"), href: "/admin/moderation", id: "waiting" },
    { label: t("home.decisions"), value: figures.decisionsThisMonth.approved + figures.decisionsThisMonth.rejected, detail: t("home.decisionsDetail", figures.decisionsThisMonth), href: "/admin/journal?action=moderation.", id: "decisions" },
    { label: t("home.openReports"), value: figures.openReports, detail: null, href: "/admin/signalements", id: "reports" },
    { label: t("home.newCatalysts"), value: figures.newCatalysts, detail: t("home.newCatalystsDetail"), href: "/admin/utilisateurs?role=CATALYST", id: "catalysts" },
  ];
  return (
    <div className="space-y-8" data-testid="admin-home">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.id} className="rounded border border-stone-200 bg-white p-4" data-testid={`figure-${card.id}`}>
            <Link href={card.href} className="block no-underline">
              <span className="block text-sm text-stone-700">{card.label}</span>
              <span className="block text-3xl font-bold text-brand-800" data-testid="figure-value">
                {card.value.toLocaleString(fmt)}
              </span>
              {card.detail && <span className="block text-sm text-stone-700">{card.detail}</span>}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="regions" className="space-y-2">
        <h2 id="regions" className="text-xl font-semibold">
          {t("home.byRegion")}
        </h2>
        <table className="w-full max-w-xl border-collapse text-left text-sm">
          <caption className="sr-only">{t("home.byRegionCaption")}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-4">{t("home.region")}</th>
              <th scope="col" className="py-2 pr-4 text-right">{t("home.alliances")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.byRegion.map((region) => (
              <tr key={region.code} className="border-b border-stone-200" data-testid="region-row">
                <th scope="row" className="py-1.5 pr-4 font-normal">
                  <Link href={`/alliances?region=${region.code}`} className="underline underline-offset-4">
                    {region.name}
                  </Link>
                </th>
                <td className="py-1.5 pr-4 text-right tabular-nums">{region.count.toLocaleString(fmt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="orphaned-title" className="space-y-2" data-testid="orphaned-alliances">
        <h2 id="orphaned-title" className="text-xl font-semibold">{tPrivacy("orphanedTitle")}</h2>
        <p className="text-stone-700">{tPrivacy("orphanedLead")}</p>
        {orphaned.length === 0 ? (
          <p>{tPrivacy("orphanedNone")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {orphaned.map((alliance) => (
              <li key={alliance.id}>
                <Link href={`/alliances/${alliance.slug}`}>{alliance.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
