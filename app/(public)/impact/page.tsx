// The network's impact, visual first: a map of France by département or région, and a chart
// beside every table (registers, catalogue indicators, domains, scaling kinds, replications
// and measurements per year), each with a sentence, its table and its CSV. Filtered like
// the directory.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { directoryQuerySchema, type DirectoryQuery } from "@/lib/validation/directory";
import { listDomains } from "@/lib/alliances/directory";
import { networkImpact, type ImpactTable } from "@/lib/network/impact";
import { alliancesPerDepartement, measurementsPerYear, type ImpactExtraTable } from "@/lib/network/impact-geo";
import { listDepartements, listRegions } from "@/lib/geo/communes";
import { DirectoryFilters } from "@/components/alliances/directory-filters";
import { DataFigure } from "@/components/charts/data-figure";
import { BarChart } from "@/components/charts/bar-chart";
import { ColumnChart, SERIES_COLOURS } from "@/components/charts/column-chart";
import { FranceMap, type MapLevel } from "@/components/charts/france-map";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.networkImpact");
  return { title: t("title"), description: t("description") };
}
export const dynamic = "force-dynamic";

const REGISTERS = ["PERFORMANCE", "INNOVATION", "TRUST"] as const;

/** The first row with the largest value (ties: the first in the table's order). */
function top<T>(rows: T[], value: (row: T) => number): T | null {
  return rows.reduce<T | null>((best, row) => (best === null || value(row) > value(best) ? row : best), null);
}

function filterParams(query: DirectoryQuery): URLSearchParams {
  return new URLSearchParams(Object.entries(query).filter(([key, value]) => value !== undefined && key !== "page" && key !== "tri").map(([key, value]) => [key, String(value)]));
}

export default async function ImpactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const query = directoryQuerySchema.parse(raw);
  const level: MapLevel = raw.carte === "regions" ? "regions" : "departements";
  const t = await getTranslations("network");
  const c = await getTranslations("impactCharts");
  const tAll = await getTranslations();
  const locale = await getLocale();
  const number = new Intl.NumberFormat(intlLocaleOf(locale), { maximumFractionDigits: 1 });
  const [data, perDepartement, perYear, domains] = await Promise.all([networkImpact(query), alliancesPerDepartement(query), measurementsPerYear(query), listDomains(locale)]);
  const filters = filterParams(query);
  const csv = (table: ImpactTable | ImpactExtraTable) => {
    const params = new URLSearchParams(filters);
    params.set("tableau", table);
    return `/impact/export?${params}`;
  };
  const common = (table: ImpactTable | ImpactExtraTable) => ({ csvHref: csv(table), csvLabel: t("csv"), emptyLabel: t("empty"), testId: `impact-${table}` });
  const register = (code: string) => t(`registers.${code}` as never);
  const kind = (code: string) => tAll(`enums.scalingKind.${code}` as never);

  // The map: every département (or région), with zero where there is none.
  const departements = listDepartements();
  const regions = listRegions();
  const mapRows =
    level === "departements"
      ? departements.map((d) => ({ code: d.code, name: d.name, alliances: perDepartement.find((p) => p.code === d.code)?.alliances ?? 0 }))
      : regions.map((r) => ({ code: r.code, name: r.name, alliances: data.regions.find((p) => p.code === r.code)?.alliances ?? 0 }));
  const mapTop = top(mapRows, (r) => r.alliances);
  const mapHref = (code: string) => `/territoires/${level}/${code}`;
  const switchHref = (to: MapLevel) => {
    const params = new URLSearchParams(filters);
    if (to === "regions") params.set("carte", "regions");
    const search = params.toString();
    return `/impact${search ? `?${search}` : ""}#carte`;
  };
  const names = Object.fromEntries([...departements.map((d) => [d.code, d.name]), ...(level === "regions" ? regions.map((r) => [r.code, r.name]) : [])]);

  const registerTop = top(data.registers, (r) => r.alliances);
  const indicatorTop = top(data.indicators, (r) => r.alliances);
  const domainTop = top(data.domains, (r) => r.alliances);
  const scalingTop = top(data.scaling, (r) => r.alliances);
  const replicationTop = top(data.replications, (r) => r.confirmed);
  const replicationTotal = data.replications.reduce((sum, r) => sum + r.confirmed, 0);
  const years = [...new Set(perYear.map((r) => r.year))].sort((a, b) => a - b);
  const yearRows = years.map((year) => ({ year, values: Object.fromEntries(REGISTERS.map((reg) => [reg, perYear.find((r) => r.year === year && r.register === reg)?.measurements ?? 0])) as Record<string, number> }));
  const yearTotals = yearRows.map((r) => ({ year: r.year, total: REGISTERS.reduce((sum, reg) => sum + (r.values[reg] ?? 0), 0) }));
  const measurementTop = top(yearTotals, (r) => r.total);
  const measurementTotal = yearTotals.reduce((sum, r) => sum + r.total, 0);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-1">
          <Link href="/reseau/essaimage" className="font-medium underline underline-offset-4">
            {t("mapLink")}
          </Link>
          <Link href="/essaimage/financements" className="font-medium underline underline-offset-4">
            {c("fundingLink")}
          </Link>
        </p>
      </header>
      <form method="get" action="/impact" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label={t("filters")}>
        <DirectoryFilters query={query} domains={domains} />
        {level === "regions" && <input type="hidden" name="carte" value="regions" />}
        <div className="flex gap-3">
          <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white">{t("apply")}</button>
          <Link href="/impact" className="px-2 py-2 underline underline-offset-4">
            {t("reset")}
          </Link>
        </div>
      </form>
      <p className="text-lg" data-testid="impact-total">
        {t("total", { count: data.alliances })}
      </p>

      <section aria-labelledby="carte" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="impact-map">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="carte" className="text-xl font-semibold">
            {level === "departements" ? c("map.titleDepartements") : c("map.titleRegions")}
          </h2>
          <a href={csv(level === "departements" ? "departements" : "regions")} className="text-sm underline underline-offset-4">
            {t("csv")}
          </a>
        </div>
        <nav aria-label={c("map.switch")} className="flex gap-2 text-sm">
          {(["departements", "regions"] as const).map((to) => (
            <Link key={to} href={switchHref(to)} aria-current={to === level ? "true" : undefined} className={`rounded border px-3 py-1.5 ${to === level ? "border-brand-700 bg-brand-700 font-medium text-white" : "border-stone-400 underline-offset-4 hover:underline"}`}>
              {to === "departements" ? c("map.byDepartement") : c("map.byRegion")}
            </Link>
          ))}
        </nav>
        <p className="font-medium" data-testid="figure-summary">
          {mapTop && mapTop.alliances > 0 ? c("map.summary", { name: mapTop.name, count: mapTop.alliances }) : t("empty")}
        </p>
        <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
          <FranceMap
            level={level}
            values={Object.fromEntries(mapRows.map((r) => [r.code, r.alliances]))}
            names={names}
            href={mapHref}
            label={level === "departements" ? c("map.labelDepartements") : c("map.labelRegions")}
            accessibleName={(name, count) => c("map.area", { name, count })}
            legend={{ title: c("map.legend"), none: c("map.none"), range: (from, to) => (from === to ? c("map.exact", { count: from }) : c("map.range", { from, to })) }}
            testId="france-map"
          />
          <details className="text-sm lg:open:block" open>
            <summary className="cursor-pointer font-medium">{c("map.tableSummary")}</summary>
            <div className="max-h-[32rem] overflow-y-auto">
              <table className="w-full border-collapse text-left" data-testid="map-table">
                <caption className="sr-only">{level === "departements" ? c("map.titleDepartements") : c("map.titleRegions")}</caption>
                <thead>
                  <tr className="border-b border-stone-300">
                    <th scope="col" className="py-1.5 pr-3">{level === "departements" ? c("map.departement") : t("cols.region")}</th>
                    <th scope="col" className="py-1.5 pr-3 text-right">{t("cols.alliances")}</th>
                  </tr>
                </thead>
                <tbody>
                  {mapRows.map((r) => (
                    <tr key={r.code} className="border-b border-stone-200" data-code={r.code}>
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {/* Plain links: a hundred client-side <Link>s cost more to render than they save. */}
                        <a href={mapHref(r.code)} className="underline underline-offset-4">
                          {level === "departements" ? `${r.code} — ${r.name}` : r.name}
                        </a>
                      </th>
                      <td className="py-1 pr-3 text-right tabular-nums">
                        {number.format(r.alliances)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      </section>

      <DataFigure
        id="t-registres"
        {...common("registres")}
        title={t("tables.registres")}
        summary={registerTop ? c("summaries.registers", { name: register(registerTop.register), count: registerTop.alliances }) : null}
        chart={<BarChart label={c("labels.registers")} bars={data.registers.map((r) => ({ label: register(r.register), value: r.alliances }))} />}
        table={{ caption: t("tables.registres"), head: [t("cols.register"), t("cols.measuring"), t("cols.indicators"), t("cols.measurements")], rows: data.registers.map((r) => [register(r.register), r.alliances, r.indicators, r.measurements]) }}
      />
      <DataFigure
        id="t-indicateurs"
        {...common("indicateurs")}
        title={t("tables.indicateurs")}
        summary={indicatorTop ? c("summaries.indicators", { name: indicatorTop.name, count: indicatorTop.alliances }) : null}
        chart={<BarChart label={c("labels.indicators")} bars={data.indicators.map((r) => ({ label: r.name, value: r.alliances, display: `${r.alliances} · ${number.format(r.value)} ${t(`units.${r.unit}` as never)}`.trim() }))} />}
        table={{
          caption: t("tables.indicateurs"),
          head: [t("cols.indicator"), t("cols.register"), t("cols.alliances"), t("cols.value")],
          rows: data.indicators.map((r) => [r.name, register(r.register), r.alliances, `${number.format(r.value)} ${t(`units.${r.unit}` as never)} (${t(`aggregations.${r.aggregation}` as never)})`]),
        }}
      />
      <DataFigure
        id="t-domaines"
        {...common("domaines")}
        title={t("tables.domaines")}
        summary={domainTop ? c("summaries.domains", { name: domainTop.label, count: domainTop.alliances }) : null}
        chart={<BarChart label={c("labels.domains")} bars={data.domains.map((r) => ({ label: r.label, value: r.alliances }))} />}
        table={{ caption: t("tables.domaines"), head: [t("cols.domain"), t("cols.alliances"), t("cols.measuring"), t("cols.scaling")], rows: data.domains.map((r) => [r.label, r.alliances, r.measuring, r.scaling]) }}
      />
      <DataFigure
        id="t-regions"
        {...common("regions")}
        title={t("tables.regions")}
        summary={data.regions[0] ? c("map.summary", { name: top(data.regions, (r) => r.alliances)!.name, count: top(data.regions, (r) => r.alliances)!.alliances }) : null}
        chart={<BarChart label={c("labels.regions")} bars={data.regions.map((r) => ({ label: r.name, value: r.alliances }))} />}
        table={{ caption: t("tables.regions"), head: [t("cols.region"), t("cols.alliances"), t("cols.measuring"), t("cols.scaling"), t("cols.replicas")], rows: data.regions.map((r) => [r.name, r.alliances, r.measuring, r.scaling, r.replicas]) }}
      />
      <DataFigure
        id="t-essaimage"
        {...common("essaimage")}
        title={t("tables.essaimage")}
        summary={scalingTop ? c("summaries.scaling", { name: kind(scalingTop.kind), count: scalingTop.alliances }) : null}
        chart={<BarChart label={c("labels.scaling")} bars={data.scaling.map((r) => ({ label: kind(r.kind), value: r.alliances }))} />}
        table={{ caption: t("tables.essaimage"), head: [t("cols.kind"), t("cols.alliances")], rows: data.scaling.map((r) => [kind(r.kind), r.alliances]) }}
      />
      <DataFigure
        id="t-replications"
        {...common("replications")}
        title={t("tables.replications")}
        summary={replicationTop ? c("summaries.replications", { total: replicationTotal, first: String(data.replications[0]!.year), year: String(replicationTop.year), count: replicationTop.confirmed }) : null}
        chart={<ColumnChart label={c("labels.replications")} series={[{ key: "confirmed", label: t("cols.confirmed"), colour: SERIES_COLOURS[0]! }]} columns={data.replications.map((r) => ({ label: String(r.year), values: { confirmed: r.confirmed } }))} />}
        table={{ caption: t("tables.replications"), head: [t("cols.year"), t("cols.confirmed")], rows: data.replications.map((r) => [String(r.year), r.confirmed]) }}
      />
      <DataFigure
        id="t-mesures"
        {...common("mesures")}
        title={c("measurements.title")}
        summary={measurementTop ? c("summaries.measurements", { total: measurementTotal, first: String(years[0]), last: String(years.at(-1)), year: String(measurementTop.year), count: measurementTop.total }) : null}
        chart={<ColumnChart label={c("labels.measurements")} series={REGISTERS.map((reg, index) => ({ key: reg, label: register(reg), colour: SERIES_COLOURS[index]! }))} columns={yearRows.map((r) => ({ label: String(r.year), values: r.values }))} />}
        table={{ caption: c("measurements.title"), head: [t("cols.year"), ...REGISTERS.map(register)], rows: yearRows.map((r) => [String(r.year), ...REGISTERS.map((reg) => r.values[reg] ?? 0)]) }}
      />
    </div>
  );
}
