// The public directory of published alliances: search, filters, sort, pagination.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { directoryHref, directoryQuerySchema } from "@/lib/validation/directory";
import { listDomains, searchDirectory } from "@/lib/alliances/directory";
import { getDepartement, getRegion } from "@/lib/geo/communes";
import { AllianceCard } from "@/components/alliances/alliance-card";
import { DirectoryFilters } from "@/components/alliances/directory-filters";
import { TerritoryLinks } from "@/components/territories/territory-links";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.directory");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DirectoryPage({ searchParams }: { searchParams: SearchParams }) {
  const query = directoryQuerySchema.parse(await searchParams);
  const t = await getTranslations();
  const locale = await getLocale();
  const [result, domains] = await Promise.all([searchDirectory(query), listDomains(locale)]);
  const domainLabel = new Map(domains.map((d) => [d.code, d.label]));
  const cardLabels = { domains: t("alliance.domains"), welcomesVisits: t("directory.welcomesVisits") };
  const count = query.q ? t("directory.countFor", { count: result.total, q: query.q }) : t("directory.count", { count: result.total });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("directory.title")}</h1>
        <p className="max-w-3xl text-stone-800">{t("directory.lead")}</p>
      </header>

      <form method="get" action="/alliances" role="search" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="q" className="block font-medium">
            {t("directory.searchLabel")}
          </label>
          <p id="q-hint" className="text-sm text-stone-700">
            {t("directory.searchHint")}
          </p>
          <div className="flex flex-wrap gap-2">
            <input id="q" name="q" type="search" defaultValue={query.q ?? ""} aria-describedby="q-hint" className="min-w-0 flex-1 rounded border border-stone-400 px-3 py-2" />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {t("directory.searchSubmit")}
            </button>
          </div>
        </div>
        <DirectoryFilters query={query} domains={domains} withSort />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            {t("directory.apply")}
          </button>
          <Link href="/alliances" className="px-2 py-2 underline underline-offset-4">
            {t("directory.reset")}
          </Link>
        </div>
      </form>

      <section aria-labelledby="results-title" className="space-y-4">
        <h2 id="results-title" className="sr-only">
          {t("directory.resultsTitle")}
        </h2>
        <p role="status" className="font-medium" data-testid="result-count" data-count={result.total}>
          {count}
        </p>
        {(query.departement || query.region) && <TerritoryLinks departement={query.departement} region={query.departement ? null : query.region} />}
        {result.items.length === 0 ? (
          <div className="space-y-2 rounded-lg border border-stone-200 bg-white p-5">
            <p className="font-semibold">{t("directory.emptyTitle")}</p>
            <p>{t("directory.emptySuggestions")}</p>
            <ul className="list-disc space-y-1 pl-6">
              <li>{t("directory.emptyFewerWords")}</li>
              <li>{t("directory.emptyFewerFilters")}</li>
            </ul>
            <Link href="/alliances" className="inline-block underline underline-offset-4">
              {t("directory.emptyAll")}
            </Link>
          </div>
        ) : (
          <ol className="grid gap-4 md:grid-cols-2">
            {result.items.map((item) => (
              <li key={item.id}>
                <AllianceCard
                  labels={cardLabels}
                  alliance={{
                    slug: item.slug,
                    name: item.name,
                    summary: item.summary,
                    stageLabel: t(`enums.stage.${item.stage}` as "enums.stage.EMERGENCE"),
                    place: [item.communeName, item.departement ? getDepartement(item.departement)?.name : null, item.region ? getRegion(item.region)?.name : null].filter(Boolean).join(", ") || null,
                    domains: item.domainCodes.map((code) => domainLabel.get(code) ?? code),
                    partnerTypeLabels: item.partnerTypes.map((type) => t(`enums.partnerType.${type}` as "enums.partnerType.COMPANY")),
                    welcomesVisits: item.welcomesVisits,
                  }}
                />
              </li>
            ))}
          </ol>
        )}
        {result.pageCount > 1 && (
          <nav aria-label={t("directory.pagination")} className="flex items-center justify-between gap-4">
            {result.page > 1 ? (
              <Link href={directoryHref(query, { page: result.page - 1 })} rel="prev" className="underline underline-offset-4">
                {t("directory.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span>{t("directory.pageOf", { page: result.page, count: result.pageCount })}</span>
            {result.page < result.pageCount ? (
              <Link href={directoryHref(query, { page: result.page + 1 })} rel="next" className="underline underline-offset-4">
                {t("directory.next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
