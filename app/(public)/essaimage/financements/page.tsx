// Scaling plans seeking funding to spread, for foundations and local authorities: filter by
// funding mechanism, domain and territory; amounts follow each alliance's visibility.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { listDomains } from "@/lib/alliances/directory";
import { listFundingPlans } from "@/lib/funding/queries";
import { fundingHref, fundingQuerySchema } from "@/lib/validation/funding";
import { FUNDING_MECHANISMS } from "@/lib/validation/alliance";
import { getCommune, getDepartement, getRegion, listDepartements, listRegions } from "@/lib/geo/communes";
import { intlLocaleOf } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("funding");
  return { title: t("title"), description: t("lead") };
}

export default async function FundingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = fundingQuerySchema.parse(await searchParams);
  const user = await getCurrentUser();
  const locale = await getLocale();
  const t = await getTranslations("funding");
  const tAll = await getTranslations();
  const [result, domains] = await Promise.all([listFundingPlans(query, user ? { id: user.id, role: user.role } : null), listDomains(locale)]);
  const domainLabel = new Map(domains.map((d) => [d.code, d.label]));
  const euros = new Intl.NumberFormat(intlLocaleOf(locale), { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const departements = listDepartements().filter((d) => !query.region || d.region === query.region);
  const targetName = (level: string, code: string, label: string) =>
    level === "COMMUNE" ? (getCommune(code)?.name ?? label) : level === "DEPARTEMENT" ? (getDepartement(code)?.name ?? code) : level === "REGION" ? (getRegion(code)?.name ?? code) : (domainLabel.get(code) ?? code);
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className="w-full rounded border border-stone-400 bg-white px-2 py-2">
        <option value="">{t("any")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <form method="get" action="/essaimage/financements" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label={t("filters")}>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="mb-2 font-medium">{t("filters")}</legend>
          {select("mecanisme", t("mechanism"), query.mecanisme, FUNDING_MECHANISMS.map((m) => [m, tAll(`scaling.mechanisms.${m}` as never)]))}
          {select("domaine", t("domain"), query.domaine, domains.map((d) => [d.code, d.label]))}
          {select("region", t("region"), query.region, listRegions().map((r) => [r.code, r.name]))}
          {select("departement", t("departement"), query.departement, departements.map((d) => [d.code, `${d.code} — ${d.name}`]))}
        </fieldset>
        <div className="flex gap-3">
          <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white">{t("apply")}</button>
          <Link href="/essaimage/financements" className="px-2 py-2 underline underline-offset-4">
            {t("reset")}
          </Link>
        </div>
      </form>
      <p role="status" className="font-medium" data-testid="funding-count" data-count={result.total}>
        {t("count", { count: result.total })}
      </p>
      {!user && <p className="text-sm text-stone-700">{t("signInForAmounts")}</p>}
      <ul className="space-y-4">
        {result.plans.map((plan) => (
          <li key={plan.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="funding-plan">
            <h2 className="text-lg font-semibold">{plan.title}</h2>
            <p className="text-sm text-stone-700">
              <Link href={`/alliances/${plan.alliance.slug}`} className="font-medium text-stone-900 underline underline-offset-4">
                {plan.alliance.name}
              </Link>
              {[plan.alliance.communeName, plan.alliance.departement ? getDepartement(plan.alliance.departement)?.name : null].filter(Boolean).map((part) => ` · ${part}`)}
              {` · ${tAll(`enums.scalingKind.${plan.kind}` as never)} · ${tAll(`scaling.statuses.${plan.status}` as never)}`}
            </p>
            {plan.description && <p className="line-clamp-3">{plan.description}</p>}
            {plan.targets.length > 0 && (
              <p className="text-sm">
                <span className="font-medium">{t("targets")} : </span>
                {plan.targets.map((target) => targetName(target.level, target.code, target.label)).join(", ")}
              </p>
            )}
            <ul className="list-disc pl-6 text-sm" data-testid="funding-mechanisms">
              {plan.funding.map((f, index) => (
                <li key={index} data-mechanism={f.mechanism}>
                  <span className="font-medium">{tAll(`scaling.mechanisms.${f.mechanism}` as never)}</span>
                  {f.amountSought !== null || f.amountObtained !== null
                    ? ` — ${tAll("scaling.soughtObtained", { sought: f.amountSought !== null ? euros.format(f.amountSought) : "—", obtained: f.amountObtained !== null ? euros.format(f.amountObtained) : "—" })}`
                    : ""}
                  {f.note ? ` (${f.note})` : ""}
                </li>
              ))}
            </ul>
            {plan.amountsHidden && <p className="text-sm text-stone-700">{t("amountsHidden")}</p>}
            <p className="text-sm">
              <Link href={`/alliances/${plan.alliance.slug}/rapport`} className="underline underline-offset-4">
                {t("report")} <span className="sr-only">{plan.alliance.name}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
      {result.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="flex gap-4">
          {result.page > 1 && <Link href={fundingHref(query, { page: result.page - 1 })}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: result.page, count: result.pageCount })}</span>
          {result.page < result.pageCount && <Link href={fundingHref(query, { page: result.page + 1 })}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
