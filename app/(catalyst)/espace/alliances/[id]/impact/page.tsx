// An alliance's impact in the workspace: its indicators (catalogue or custom), their
// measurements (published at once) and testimonies.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { ensureCanEdit } from "@/lib/alliances/service";
import { listCatalogue, loadImpact } from "@/lib/impact/service";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddIndicatorForm, EvidenceForm, MeasurementForm, RemoveMeasurementForm } from "./_components/impact-forms";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.allianceImpact");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function AllianceImpactPage({ params }: { params: Promise<{ id: string }> }) {
  const fmt = intlLocaleOf(await getLocale());
  const { id } = await params;
  const user = await requirePageRole("CATALYST", `/espace/alliances/${id}/impact`);
  await ensureCanEdit(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("impact");
  const [impact, catalogue] = await Promise.all([loadImpact(id), listCatalogue()]);
  const number = new Intl.NumberFormat(fmt, { maximumFractionDigits: 2 });
  return (
    <div className="space-y-8" data-testid="impact-page">
      <header>
        <p className="text-sm">
          <Link href={`/espace/alliances/${id}/modifier`} className="underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <ClientMessages namespaces={["impact", "errors"]}>
        <section aria-labelledby="indicators" className="space-y-4">
          <h2 id="indicators" className="text-xl font-semibold">
            {t("indicators")}
          </h2>
          {impact.indicators.length === 0 && <p>{t("noIndicator")}</p>}
          {impact.indicators.map((indicator) => (
            <article key={indicator.id} className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid="workspace-indicator" data-name={indicator.name}>
              <h3 className="font-semibold">
                {indicator.name} <span className="text-sm font-normal text-stone-700">— {t(`registers.${indicator.register}`)}</span>
              </h3>
              <p className="text-sm text-stone-700">
                {indicator.baseline ? t("baselineIs", { value: number.format(indicator.baseline.value), date: indicator.baseline.date }) : t("noBaseline")} ·{" "}
                {indicator.target ? t("targetIs", { value: number.format(indicator.target.value), date: indicator.target.date }) : t("noTarget")}
                {indicator.progress !== null ? ` · ${t("progress", { percent: indicator.progress })}` : ""}
              </p>
              {indicator.measurements.length > 0 && (
                <ul className="space-y-1 text-sm">
                  {indicator.measurements.map((m) => (
                    <li key={m.id} className="flex flex-wrap items-center gap-3">
                      <span>
                        {m.measuredOn} : <strong>{number.format(m.value)}</strong> ({m.source})
                      </span>
                      <RemoveMeasurementForm allianceId={id} measurementId={m.id} label={t("remove", { date: m.measuredOn })} />
                    </li>
                  ))}
                </ul>
              )}
              <MeasurementForm allianceId={id} indicatorId={indicator.id} name={indicator.name} />
            </article>
          ))}
        </section>
        <section aria-labelledby="add-indicator" className="space-y-3 rounded border border-stone-200 bg-white p-4">
          <h2 id="add-indicator" className="text-lg font-semibold">
            {t("addIndicatorTitle")}
          </h2>
          <AddIndicatorForm allianceId={id} catalogue={catalogue} />
        </section>
        <section aria-labelledby="evidence" className="space-y-3 rounded border border-stone-200 bg-white p-4">
          <h2 id="evidence" className="text-lg font-semibold">
            {t("evidenceTitle")}
          </h2>
          {impact.evidence.length > 0 && (
            <ul className="space-y-1 text-sm">
              {impact.evidence.map((e) => (
                <li key={e.id}>
                  « {e.quote} » — {e.authorName}
                </li>
              ))}
            </ul>
          )}
          <EvidenceForm allianceId={id} />
        </section>
      </ClientMessages>
    </div>
  );
}
