// A territory page (département or région) for elected officials and territorial agents: the
// alliances there (list and map), the catalysts of the area, the nearest alliances just
// outside, the domains with and without alliances, the impact figures and the replications
// in and out. Everything it shows downloads as one CSV.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { TerritoryView } from "@/lib/territories/queries";
import { PeersMap } from "@/components/maps/peers-map";
import { DataFigure } from "@/components/charts/data-figure";
import { BarChart } from "@/components/charts/bar-chart";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function TerritoryPage({ view }: { view: TerritoryView }) {
  const t = await getTranslations("territory");
  const tn = await getTranslations("network");
  const c = await getTranslations("impactCharts");
  const tAll = await getTranslations();
  const locale = await getLocale();
  const number = new Intl.NumberFormat(intlLocaleOf(locale), { maximumFractionDigits: 1 });
  const { territory, impact } = view;
  const base = `/territoires/${territory.kind === "departement" ? "departements" : "regions"}/${territory.code}`;
  const filter = territory.kind === "departement" ? `departement=${territory.code}` : `region=${territory.code}`;
  const domainLabel = new Map(view.domains.map((d) => [d.code, d.label]));
  const withAlliances = view.domains.filter((d) => d.here > 0).sort((a, b) => b.here - a.here);
  const missing = view.domains.filter((d) => d.here === 0 && ((d.region ?? 0) > 0 || d.country > 0));
  const register = (code: string) => tn(`registers.${code}` as never);
  // The territory's alliances all lie in one région: its row of the régions table holds the counts.
  const measuring = impact.regions.reduce((sum, r) => sum + r.measuring, 0);
  const scaling = impact.regions.reduce((sum, r) => sum + r.scaling, 0);
  const registerTop = impact.registers.reduce<(typeof impact.registers)[number] | null>((best, r) => (best === null || r.alliances > best.alliances ? r : best), null);
  const title = territory.kind === "departement" ? `${territory.name} (${territory.code})` : territory.name;

  return (
    <article className="space-y-8" data-testid="territory-page" data-kind={territory.kind} data-code={territory.code}>
      <nav aria-label={t("breadcrumb")} className="flex flex-wrap gap-x-2 text-sm">
        <Link href="/impact" className="underline underline-offset-4">
          {tn("title")}
        </Link>
        {territory.region && (
          <>
            <span aria-hidden="true">›</span>
            <Link href={`/territoires/regions/${territory.region.code}`} className="underline underline-offset-4">
              {territory.region.name}
            </Link>
          </>
        )}
      </nav>
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{territory.kind === "departement" ? t("kindDepartement") : t("kindRegion")}</p>
        <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <li>
            <Link href={`/alliances?${filter}`} className="font-medium underline underline-offset-4">
              {t("directoryLink", { count: view.total })}
            </Link>
          </li>
          <li>
            <Link href={`/impact?${filter}`} className="font-medium underline underline-offset-4">
              {t("impactLink")}
            </Link>
          </li>
          <li>
            <a href={`${base}/export`} className="font-medium underline underline-offset-4">
              {t("csv")}
            </a>
          </li>
        </ul>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="territory-figures">
        {[
          [t("figures.alliances"), view.total],
          [t("figures.measuring"), measuring],
          [t("figures.scaling"), scaling],
          [t("figures.replications"), view.arrived.length + view.left.length],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-700">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{number.format(Number(value))}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="alliances" className="space-y-3" data-testid="territory-alliances">
        <h2 id="alliances" className="text-xl font-semibold">
          {t("alliancesTitle")}
        </h2>
        {view.alliances.length === 0 ? (
          <p>{t("noAlliance")}</p>
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            <div className="space-y-2">
              {view.total > view.alliances.length && <p className="text-sm">{t("latestOnly", { shown: view.alliances.length, count: view.total })}</p>}
              <ul className="space-y-2">
                {view.alliances.map((a) => (
                  <li key={a.id} className="rounded border border-stone-200 bg-white p-3" data-testid="territory-alliance">
                    <Link href={`/alliances/${a.slug}`} className="font-medium underline underline-offset-4">
                      {a.name}
                    </Link>
                    <p className="text-sm text-stone-700">
                      {[a.communeName, tAll(`enums.stage.${a.stage}` as never)].filter(Boolean).join(" · ")}
                    </p>
                    <p className="text-sm text-stone-700">{a.domainCodes.map((code) => domainLabel.get(code) ?? code).join(", ")}</p>
                  </li>
                ))}
              </ul>
            </div>
            {view.mapPoints.length > 0 && (
              <div className="lg:sticky lg:top-4 lg:self-start">
                <PeersMap origin={{ ...territory.centre, label: territory.name }} points={view.mapPoints.map((p) => ({ id: p.id, lat: p.lat, lng: p.lng, label: p.name, href: `/alliances/${p.slug}` }))} tileUrl={env().MAP_TILE_URL} label={t("mapLabel", { name: territory.name })} tilesFailed={t("tilesFailed")} />
              </div>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="domaines" className="space-y-3" data-testid="territory-domains">
        <h2 id="domaines" className="text-xl font-semibold">
          {t("domainsTitle")}
        </h2>
        {withAlliances.length > 0 ? (
          <ul className="flex flex-wrap gap-2" data-testid="domains-here">
            {withAlliances.map((d) => (
              <li key={d.code} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 ring-1 ring-brand-100" data-code={d.code}>
                {t("domainCount", { name: d.label, count: d.here })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noAlliance")}</p>
        )}
        <h3 className="text-lg font-semibold">{t("missingTitle")}</h3>
        {missing.length === 0 ? (
          <p>{t("noMissing")}</p>
        ) : (
          <>
            <p className="text-sm text-stone-700">{t("missingLead")}</p>
            <ul className="list-disc space-y-1 pl-6" data-testid="domains-missing">
              {missing.map((d) => (
                <li key={d.code} data-code={d.code}>
                  <span className="font-medium">{d.label}</span>
                  {" — "}
                  {d.region !== null ? t("elsewhereRegion", { region: d.region, country: d.country }) : t("elsewhereCountry", { country: d.country })}
                  {" · "}
                  <Link href={`/alliances?domaine=${d.code}`} className="underline underline-offset-4">
                    {t("seeElsewhere")}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <DataFigure
        id="t-registres"
        title={t("impactTitle")}
        emptyLabel={t("noImpact")}
        summary={registerTop ? c("summaries.registers", { name: register(registerTop.register), count: registerTop.alliances }) : null}
        chart={<BarChart label={c("labels.registers")} bars={impact.registers.map((r) => ({ label: register(r.register), value: r.alliances }))} />}
        table={{ caption: t("impactTitle"), head: [tn("cols.register"), tn("cols.measuring"), tn("cols.indicators"), tn("cols.measurements")], rows: impact.registers.map((r) => [register(r.register), r.alliances, r.indicators, r.measurements]) }}
        testId="territory-impact"
      />
      {impact.indicators.length > 0 && (
        <DataFigure
          id="t-indicateurs"
          title={tn("tables.indicateurs")}
          emptyLabel={t("noImpact")}
          summary={null}
          chart={<BarChart label={c("labels.indicators")} bars={impact.indicators.map((r) => ({ label: r.name, value: r.alliances, display: `${r.alliances} · ${number.format(r.value)} ${tn(`units.${r.unit}` as never)}`.trim() }))} />}
          table={{ caption: tn("tables.indicateurs"), head: [tn("cols.indicator"), tn("cols.alliances"), tn("cols.value")], rows: impact.indicators.map((r) => [r.name, r.alliances, `${number.format(r.value)} ${tn(`units.${r.unit}` as never)} (${tn(`aggregations.${r.aggregation}` as never)})`]) }}
        />
      )}
      {impact.scaling.length > 0 && (
        <DataFigure
          id="t-essaimage"
          title={tn("tables.essaimage")}
          emptyLabel={t("noImpact")}
          summary={null}
          chart={<BarChart label={c("labels.scaling")} bars={impact.scaling.map((r) => ({ label: tAll(`enums.scalingKind.${r.kind}` as never), value: r.alliances }))} />}
          table={{ caption: tn("tables.essaimage"), head: [tn("cols.kind"), tn("cols.alliances")], rows: impact.scaling.map((r) => [tAll(`enums.scalingKind.${r.kind}` as never), r.alliances]) }}
        />
      )}

      <section aria-labelledby="essaimages" className="space-y-3" data-testid="territory-replications">
        <h2 id="essaimages" className="text-xl font-semibold">
          {t("replicationsTitle")}
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          {(["arrived", "left"] as const).map((side) => (
            <div key={side}>
              <h3 className="mb-2 font-semibold">{side === "arrived" ? t("arrived") : t("left")}</h3>
              {view[side].length === 0 ? (
                <p className="text-sm text-stone-700">{t("noReplication")}</p>
              ) : (
                <ul className="space-y-1" data-testid={`replications-${side}`}>
                  {view[side].map((r) => (
                    <li key={`${r.origin.slug}-${r.replica.slug}`}>
                      <Link href={`/alliances/${r.origin.slug}`} className="underline underline-offset-4">
                        {r.origin.name}
                      </Link>
                      {r.origin.place ? ` (${r.origin.place})` : ""} → {" "}
                      <Link href={`/alliances/${r.replica.slug}`} className="underline underline-offset-4">
                        {r.replica.name}
                      </Link>
                      {r.replica.place ? ` (${r.replica.place})` : ""} — {r.year}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="catalyseurs" className="space-y-2" data-testid="territory-catalysts">
          <h2 id="catalyseurs" className="text-xl font-semibold">
            {t("catalystsTitle")}
          </h2>
          <p className="text-sm text-stone-700">{t("catalystsLead")}</p>
          {view.catalysts.length === 0 ? (
            <p>{t("noCatalyst")}</p>
          ) : (
            <ul className="space-y-1">
              {view.catalysts.map((person) => (
                <li key={person.id}>
                  <Link href={`/catalyseurs/${person.id}`} className="underline underline-offset-4">
                    {person.name}
                  </Link>
                  {person.communeName ? ` — ${person.communeName}` : ""}
                  {person.expertiseDomains.length > 0 ? ` · ${person.expertiseDomains.map((code) => domainLabel.get(code) ?? code).join(", ")}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="autour" className="space-y-2" data-testid="territory-outside">
          <h2 id="autour" className="text-xl font-semibold">
            {t("outsideTitle")}
          </h2>
          {view.outside.length === 0 ? (
            <p>{t("noAlliance")}</p>
          ) : (
            <ul className="space-y-1">
              {view.outside.map((a) => (
                <li key={a.id}>
                  <Link href={`/alliances/${a.slug}`} className="underline underline-offset-4">
                    {a.name}
                  </Link>
                  {a.communeName ? ` — ${a.communeName}` : ""} ({t("distance", { km: number.format(a.km) })})
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
