// The impact section of an alliance page: per register, each indicator as a chart and a
// table, progress towards the target, and testimonies.
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import type { ImpactView } from "@/lib/impact/service";
import { IndicatorChart } from "@/components/impact/indicator-chart";
import { intlLocaleOf } from "@/lib/i18n/format";
import { networkMedians } from "@/lib/network/impact-geo";

const REGISTERS = ["PERFORMANCE", "INNOVATION", "TRUST"] as const;

export async function ImpactSection({ impact, reportHref }: { impact: ImpactView; reportHref: (measurementId: string) => string | null }) {
  const fmt = intlLocaleOf(await getLocale());
  const day = new Intl.DateTimeFormat(fmt, { dateStyle: "long", timeZone: "UTC" });
  const t = await getTranslations("impact");
  const number = new Intl.NumberFormat(fmt, { maximumFractionDigits: 2 });
  const unit = (u: string) => t(`unitsShort.${u}` as never);
  // The network's median beside catalogue indicators that at least 5 alliances measure.
  const medians = await networkMedians(impact.indicators.map((i) => i.catalogueCode).filter((code): code is string => code !== null));
  const tMedian = await getTranslations("networkMedian");
  return (
    <section aria-labelledby="impact" className="space-y-6" data-testid="impact-section">
      <h2 id="impact" className="text-xl font-semibold">
        {t("publicTitle")}
      </h2>
      {REGISTERS.map((register) => {
        const indicators = impact.indicators.filter((i) => i.register === register && i.measurements.length > 0);
        const quotes = impact.evidence.filter((e) => e.register === register);
        if (!indicators.length && !quotes.length) return null;
        return (
          <div key={register} className="space-y-4">
            <h3 className="text-lg font-semibold text-brand-800">{t(`registers.${register}` as never)}</h3>
            {indicators.map((indicator) => {
              const last = indicator.measurements.at(-1)!;
              const summary = t("chartLabel", {
                name: indicator.name,
                count: indicator.measurements.length,
                last: `${number.format(last.value)} ${unit(indicator.unit)}`,
                target: indicator.target ? `${number.format(indicator.target.value)} ${unit(indicator.unit)}` : t("noTarget"),
              });
              return (
                <article key={indicator.id} className="space-y-2 rounded border border-stone-200 bg-white p-4" data-testid="indicator" data-name={indicator.name}>
                  <h4 className="font-semibold">{indicator.name}</h4>
                  {indicator.definition && <p className="text-sm text-stone-700">{indicator.definition}</p>}
                  {indicator.irisCode && <p className="text-xs text-stone-700">{t("iris", { code: indicator.irisCode })}</p>}
                  {indicator.progress !== null && (
                    <p className="font-medium" data-testid="progress">
                      {t("progress", { percent: indicator.progress })}
                    </p>
                  )}
                  {(() => {
                    const median = medians.find((m) => m.code === indicator.catalogueCode && m.unit === indicator.unit);
                    return median ? (
                      <p className="text-sm" data-testid="network-median" data-alliances={median.alliances}>
                        {tMedian("sentence", { value: `${number.format(median.median)} ${unit(indicator.unit)}`.trim(), count: median.alliances })}
                      </p>
                    ) : null;
                  })()}
                  <IndicatorChart indicator={indicator} label={summary} labels={{ baseline: t("baseline"), target: t("target") }} />
                  <table className="w-full max-w-xl border-collapse text-left text-sm" data-testid="measurements">
                    <caption className="sr-only">{t("tableCaption", { name: indicator.name })}</caption>
                    <thead>
                      <tr className="border-b border-stone-300">
                        <th scope="col" className="py-1 pr-3">{t("date")}</th>
                        <th scope="col" className="py-1 pr-3 text-right">{t("value")}</th>
                        <th scope="col" className="py-1 pr-3">{t("source")}</th>
                        <th scope="col" className="py-1"><span className="sr-only">{t("report")}</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      {indicator.baseline && (
                        <tr className="border-b border-stone-200 text-stone-700">
                          <td className="py-1 pr-3">{day.format(new Date(indicator.baseline.date))}</td>
                          <td className="py-1 pr-3 text-right tabular-nums">{number.format(indicator.baseline.value)} {unit(indicator.unit)}</td>
                          <td className="py-1 pr-3" colSpan={2}>{t("baseline")}</td>
                        </tr>
                      )}
                      {indicator.measurements.map((m) => {
                        const href = reportHref(m.id);
                        return (
                          <tr key={m.id} className="border-b border-stone-200" data-testid="measurement-row">
                            <td className="py-1 pr-3">{day.format(new Date(m.measuredOn))}</td>
                            <td className="py-1 pr-3 text-right tabular-nums">{number.format(m.value)} {unit(indicator.unit)}</td>
                            <td className="py-1 pr-3">{m.source}</td>
                            <td className="py-1">{href && <Link href={href} className="text-xs underline">{t("report")}</Link>}</td>
                          </tr>
                        );
                      })}
                      {indicator.target && (
                        <tr className="text-green-900">
                          <td className="py-1 pr-3">{day.format(new Date(indicator.target.date))}</td>
                          <td className="py-1 pr-3 text-right tabular-nums">{number.format(indicator.target.value)} {unit(indicator.unit)}</td>
                          <td className="py-1 pr-3" colSpan={2}>{t("target")}</td>
                        </tr>
                      )}
                    </tbody>
                  </table>
                </article>
              );
            })}
            {quotes.map((quote) => (
              <figure key={quote.id} className="border-l-4 border-brand-300 pl-3">
                <blockquote className="italic">« {quote.quote} »</blockquote>
                <figcaption className="text-sm text-stone-700">
                  — {quote.authorName}
                  {quote.authorRole ? `, ${quote.authorRole}` : ""} ({day.format(new Date(quote.recordedOn))})
                </figcaption>
              </figure>
            ))}
          </div>
        );
      })}
    </section>
  );
}
