// The network's impact: what published alliances measure and how they scale, per
// register, domain and région, filtered like the directory; every table as CSV.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { directoryQuerySchema } from "@/lib/validation/directory";
import { listDomains } from "@/lib/alliances/directory";
import { networkImpact, type ImpactTable } from "@/lib/network/impact";
import { DirectoryFilters } from "@/components/alliances/directory-filters";
import { intlLocaleOf } from "@/lib/i18n/format";
import { useLocale } from "next-intl";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.networkImpact");
  return { title: t("title"), description: t("description") };
}
export const dynamic = "force-dynamic";

export default async function ImpactPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const query = directoryQuerySchema.parse(raw);
  const t = await getTranslations("network");
  const tAll = await getTranslations();
  const locale = await getLocale();
  const fmt = intlLocaleOf(locale);
  const [data, domains] = await Promise.all([networkImpact(query), listDomains(locale)]);
  const number = new Intl.NumberFormat(fmt, { maximumFractionDigits: 1 });
  const filters = new URLSearchParams(Object.entries(query).filter(([key, value]) => value !== undefined && key !== "page" && key !== "tri").map(([key, value]) => [key, String(value)]));
  const csv = (table: ImpactTable) => {
    const params = new URLSearchParams(filters);
    params.set("tableau", table);
    return `/impact/export?${params}`;
  };
  const common = (table: ImpactTable) => ({ csvHref: csv(table), csvLabel: t("csv"), emptyLabel: t("empty") });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
        <p>
          <Link href="/reseau/essaimage" className="font-medium underline underline-offset-4">
            {t("mapLink")}
          </Link>
        </p>
      </header>
      <form method="get" action="/impact" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label={t("filters")}>
        <DirectoryFilters query={query} domains={domains} />
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
      <Table {...common("registres")} id="t-registres" table="registres" caption={t("tables.registres")} head={[t("cols.register"), t("cols.measuring"), t("cols.indicators"), t("cols.measurements")]} rows={data.registers.map((r) => [t(`registers.${r.register}` as never), r.alliances, r.indicators, r.measurements])} />
      <Table
        id="t-indicateurs"
        {...common("indicateurs")} table="indicateurs"
        caption={t("tables.indicateurs")}
        head={[t("cols.indicator"), t("cols.register"), t("cols.alliances"), t("cols.value")]}
        rows={data.indicators.map((r) => [r.name, t(`registers.${r.register}` as never), r.alliances, `${number.format(r.value)} ${t(`units.${r.unit}` as never)} (${t(`aggregations.${r.aggregation}` as never)})`])}
      />
      <Table id="t-domaines" {...common("domaines")} table="domaines" caption={t("tables.domaines")} head={[t("cols.domain"), t("cols.alliances"), t("cols.measuring"), t("cols.scaling")]} rows={data.domains.map((r) => [r.label, r.alliances, r.measuring, r.scaling])} />
      <Table id="t-regions" {...common("regions")} table="regions" caption={t("tables.regions")} head={[t("cols.region"), t("cols.alliances"), t("cols.measuring"), t("cols.scaling"), t("cols.replicas")]} rows={data.regions.map((r) => [r.name, r.alliances, r.measuring, r.scaling, r.replicas])} />
      <Table id="t-essaimage" {...common("essaimage")} table="essaimage" caption={t("tables.essaimage")} head={[t("cols.kind"), t("cols.alliances")]} rows={data.scaling.map((r) => [tAll(`enums.scalingKind.${r.kind}` as never), r.alliances])} />
      <Table id="t-replications" {...common("replications")} table="replications" caption={t("tables.replications")} head={[t("cols.year"), t("cols.confirmed")]} rows={data.replications.map((r) => [String(r.year), r.confirmed])} />
    </div>
  );
}

function Table({ id, table, caption, head, rows, csvHref, csvLabel, emptyLabel }: { id: string; table: ImpactTable; caption: string; head: string[]; rows: (string | number)[][]; csvHref: string; csvLabel: string; emptyLabel: string }) {
  const fmt = intlLocaleOf(useLocale());
  const number = new Intl.NumberFormat(fmt, { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby={id} className="space-y-2" data-testid={`impact-${table}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {caption}
        </h2>
        <a href={csvHref} className="text-sm underline underline-offset-4">
          {csvLabel}
        </a>
      </div>
      {rows.length === 0 ? (
        <p>{emptyLabel}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                {head.map((cell, index) => (
                  <th key={cell} scope="col" className={`py-2 pr-4 ${index > 0 ? "text-right" : ""}`}>
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={String(row[0])} className="border-b border-stone-200">
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="py-1.5 pr-4 font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className="py-1.5 pr-4 text-right tabular-nums">
                        {typeof cell === "number" ? number.format(cell) : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
