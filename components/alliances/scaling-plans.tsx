// An alliance's published scaling plans, each with a timeline of its milestones
// (done or to come said in words, not only by colour).
import { getLocale, getTranslations } from "next-intl/server";
import type { PublicPlan } from "@/lib/alliances/public";
import { getCommune, getDepartement, getRegion } from "@/lib/geo/communes";
import { DOMAINS } from "@/lib/reference/domains";
import { intlLocaleOf } from "@/lib/i18n/format";

function targetName(target: { level: string; code: string; label: string }, locale: string): string {
  if (target.level === "COMMUNE") return getCommune(target.code)?.name ?? target.label ?? target.code;
  if (target.level === "DEPARTEMENT") return getDepartement(target.code)?.name ?? target.code;
  if (target.level === "REGION") return getRegion(target.code)?.name ?? target.code;
  const domain = DOMAINS.find((d) => d.code === target.code);
  return domain ? (locale === "en" ? domain.labelEn : domain.labelFr) : target.code;
}

export async function ScalingPlans({ plans }: { plans: PublicPlan[] }) {
  const t = await getTranslations("scaling");
  const tEnums = await getTranslations("enums");
  const locale = await getLocale();
  // French stays fr-FR (as everywhere else); English uses British day-month order.
  const format = intlLocaleOf(locale);
  const day = new Intl.DateTimeFormat(format, { dateStyle: "long", timeZone: "UTC" });
  const euros = new Intl.NumberFormat(format, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="scaling-plans" className="space-y-4" data-testid="scaling-plans">
      <h2 id="scaling-plans" className="text-xl font-semibold">
        {t("publicTitle")}
      </h2>
      {plans.map((plan) => (
        <article key={plan.id} className="space-y-2 rounded border border-stone-200 bg-white p-4" data-testid="scaling-plan">
          <h3 className="text-lg font-semibold">{plan.title}</h3>
          <p className="text-sm text-stone-700">
            {tEnums(`scalingKind.${plan.kind}`)} · {t(`statuses.${plan.status}`)}
            {plan.startDate ? ` · ${t("since", { date: day.format(plan.startDate) })}` : ""}
          </p>
          {plan.description && <p className="whitespace-pre-wrap">{plan.description}</p>}
          {plan.targets.length > 0 && (
            <p>
              <span className="font-medium">{t("publicTargets")} : </span>
              <span data-testid="plan-targets">{plan.targets.map((target) => targetName(target, locale)).join(", ")}</span>
            </p>
          )}
          {plan.funding.length > 0 && (
            <div>
              <p className="font-medium">{t("publicFunding")}</p>
              <ul className="list-disc pl-6">
                {plan.funding.map((f) => (
                  <li key={f.id}>
                    {t(`mechanisms.${f.mechanism}`)}
                    {f.amountSought !== null || f.amountObtained !== null ? ` — ${t("soughtObtained", { sought: f.amountSought !== null ? euros.format(f.amountSought) : "—", obtained: f.amountObtained !== null ? euros.format(f.amountObtained) : "—" })}` : ""}
                    {f.note ? ` (${f.note})` : ""}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {plan.neededResources && (
            <p>
              <span className="font-medium">{t("publicResources")} : </span>
              {plan.neededResources}
            </p>
          )}
          {plan.obstacles && (
            <p>
              <span className="font-medium">{t("publicObstacles")} : </span>
              {plan.obstacles}
            </p>
          )}
          {plan.milestones.length > 0 && (
            <div>
              <p className="font-medium">{t("timeline")}</p>
              <ol className="ml-2 border-l-2 border-brand-200" data-testid="plan-timeline">
                {plan.milestones.map((m) => (
                  <li key={m.id} className="relative pb-2 pl-4">
                    <span aria-hidden="true" className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full border-2 border-white ${m.done ? "bg-green-700" : "bg-stone-400"}`} />
                    <time dateTime={m.dueDate.toISOString().slice(0, 10)} className="text-sm text-stone-700">
                      {day.format(m.dueDate)}
                    </time>{" "}
                    — {m.title} <span className={`text-sm ${m.done ? "text-green-800" : "text-stone-700"}`}>({m.done ? t("done") : t("todo")})</span>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
