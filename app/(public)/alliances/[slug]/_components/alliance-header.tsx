// The top of an alliance's page: the way back to the directory, its name, summary, place,
// stage and start, whether it welcomes visits, and the share link.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { PublicView } from "@/lib/alliances/public";
import { ShareLink } from "@/components/alliances/share-link";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function AllianceHeader({ alliance, place }: { alliance: PublicView; place: string }) {
  const t = await getTranslations();
  const dateFormat = new Intl.DateTimeFormat(intlLocaleOf(await getLocale()), { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <>
      <nav aria-label={t("alliance.breadcrumb")} className="text-sm">
        <Link href="/alliances" className="underline underline-offset-4">
          {t("directory.title")}
        </Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-800">{alliance.name}</h1>
        <p className="text-lg text-stone-800">{alliance.summary}</p>
        <p className="text-stone-700">
          {[place, t(`enums.stage.${alliance.stage}`), alliance.startDate ? `${t("alliance.startDate")} ${dateFormat.format(alliance.startDate)}` : null].filter(Boolean).join(" · ")}
        </p>
        <p className={alliance.welcomesVisits ? "inline-block rounded bg-green-100 px-2 py-1 text-sm font-medium text-green-900" : "text-sm text-stone-700"} data-testid="visits">
          {alliance.welcomesVisits ? t("alliance.welcomesVisits") : t("alliance.noVisits")}
        </p>
        <ShareLink path={`/alliances/${alliance.slug}`} label={t("alliance.share")} copyLabel={t("alliance.shareCopy")} />
      </header>
    </>
  );
}
