// The impact report as a document model (headings, paragraphs, tables, quotes, lists) built
// once from the report and the reader's language: the HTML page and the PDF render the same
// blocks, so that what one shows the other shows, with the same visibility.
import type { ImpactReport, ReportIndicator } from "@/lib/reports/impact-report";
import { getCommune, getDepartement, getRegion } from "@/lib/geo/communes";
import { DOMAINS } from "@/lib/reference/domains";
import { intlLocaleOf } from "@/lib/i18n/format";

export type Block =
  | { kind: "heading"; level: 2 | 3; text: string; id?: string }
  | { kind: "paragraph"; text: string; muted?: boolean }
  | { kind: "table"; caption: string; head: string[]; rows: string[][]; testId?: string }
  | { kind: "quote"; text: string; author: string }
  | { kind: "list"; items: string[] };

export type ReportDocument = { title: string; subtitle: string; meta: string[]; notice: string | null; blocks: Block[]; footer: string };

/** Translates a key of the messages (the caller binds the language). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

function targetName(level: string, code: string, label: string, locale: string): string {
  if (level === "COMMUNE") return getCommune(code)?.name ?? label ?? code;
  if (level === "DEPARTEMENT") return getDepartement(code)?.name ?? code;
  if (level === "REGION") return getRegion(code)?.name ?? code;
  const domain = DOMAINS.find((d) => d.code === code);
  return domain ? (locale === "en" ? domain.labelEn : domain.labelFr) : code;
}

export function buildReportDocument(report: ImpactReport, t: Translate, locale: string, publicUrl: string): ReportDocument {
  const fmt = intlLocaleOf(locale);
  const number = new Intl.NumberFormat(fmt, { maximumFractionDigits: 2 });
  const euros = new Intl.NumberFormat(fmt, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(fmt, { dateStyle: "long", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(fmt, { month: "long", year: "numeric", timeZone: "UTC" });
  const { alliance } = report;
  const unit = (u: string) => t(`impact.unitsShort.${u}`);
  const value = (v: number, u: string) => `${number.format(v)}${unit(u) ? ` ${unit(u)}` : ""}`;
  const dated = (point: { value: number; date: string } | null, u: string) => (point ? t("impactReport.valueOn", { value: value(point.value, u), date: day.format(new Date(point.date)) }) : "—");
  const place = [alliance.communeName, alliance.departement ? getDepartement(alliance.departement)?.name : null, alliance.region ? getRegion(alliance.region)?.name : null].filter(Boolean).join(", ");
  const blocks: Block[] = [];

  blocks.push({ kind: "heading", level: 2, text: t("impactReport.objective"), id: "objectif" });
  blocks.push({ kind: "paragraph", text: alliance.objective || t("impactReport.none") });
  if (alliance.summary) blocks.push({ kind: "paragraph", text: alliance.summary, muted: true });

  blocks.push({ kind: "heading", level: 2, text: t("impactReport.partners"), id: "partenaires" });
  blocks.push({
    kind: "table",
    caption: t("impactReport.partners"),
    head: [t("impactReport.cols.partner"), t("impactReport.cols.type"), t("impactReport.cols.role")],
    rows: alliance.partners.map((p) => [p.organisation.name, t(`enums.partnerType.${p.organisation.type}`), [t(`enums.partnerRole.${p.role}`), p.description].filter(Boolean).join(" — ")]),
    testId: "report-partners",
  });

  blocks.push({ kind: "heading", level: 2, text: t("impactReport.impact"), id: "impact" });
  for (const { register, indicators, evidence } of report.registers) {
    blocks.push({ kind: "heading", level: 3, text: t(`network.registers.${register}`) });
    if (indicators.length === 0 && evidence.length === 0) {
      blocks.push({ kind: "paragraph", text: t("impactReport.noMeasure"), muted: true });
      continue;
    }
    if (indicators.length > 0) {
      blocks.push({
        kind: "table",
        caption: t("impactReport.indicatorsOf", { register: t(`network.registers.${register}`) }),
        head: [t("impactReport.cols.indicator"), t("impactReport.cols.baseline"), t("impactReport.cols.latest"), t("impactReport.cols.target"), t("impactReport.cols.progress"), t("impactReport.cols.median")],
        rows: indicators.map((i: ReportIndicator) => [
          i.name,
          dated(i.baseline, i.unit),
          dated(i.latest, i.unit),
          dated(i.target, i.unit),
          i.progress === null ? "—" : `${i.progress} %`,
          i.median ? t("networkMedian.short", { value: value(i.median.median, i.unit), count: i.median.alliances }) : "—",
        ]),
        testId: `report-indicators-${register}`,
      });
    }
    for (const quote of evidence) {
      blocks.push({ kind: "quote", text: quote.quote, author: [quote.authorName, quote.authorRole, day.format(new Date(quote.recordedOn))].filter(Boolean).join(", ") });
    }
  }
  blocks.push({ kind: "paragraph", text: t("impactReport.medianNote", { count: 5 }), muted: true });

  blocks.push({ kind: "heading", level: 2, text: t("impactReport.scaling"), id: "essaimage" });
  if (alliance.scalingPlans.length === 0) blocks.push({ kind: "paragraph", text: t("impactReport.none"), muted: true });
  for (const plan of alliance.scalingPlans) {
    blocks.push({ kind: "heading", level: 3, text: plan.title });
    blocks.push({ kind: "paragraph", text: [t(`enums.scalingKind.${plan.kind}`), t(`scaling.statuses.${plan.status}`), plan.startDate ? t("scaling.since", { date: day.format(plan.startDate) }) : null].filter(Boolean).join(" · "), muted: true });
    if (plan.description) blocks.push({ kind: "paragraph", text: plan.description });
    if (plan.targets.length > 0) blocks.push({ kind: "paragraph", text: `${t("impactReport.targets")} : ${plan.targets.map((target) => targetName(target.level, target.code, target.label, locale)).join(", ")}` });
    if (plan.funding.length > 0) {
      blocks.push({
        kind: "table",
        caption: t("impactReport.fundingOf", { title: plan.title }),
        head: [t("impactReport.cols.mechanism"), t("impactReport.cols.sought"), t("impactReport.cols.obtained"), t("impactReport.cols.note")],
        rows: plan.funding.map((f) => [t(`scaling.mechanisms.${f.mechanism}`), f.amountSought !== null ? euros.format(f.amountSought) : "—", f.amountObtained !== null ? euros.format(f.amountObtained) : "—", f.note ?? ""]),
        testId: "report-plan-funding",
      });
    }
    if (plan.neededResources) blocks.push({ kind: "paragraph", text: `${t("impactReport.resources")} : ${plan.neededResources}` });
  }
  if (alliance.funding && alliance.funding.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: t("impactReport.currentFunding") });
    blocks.push({ kind: "list", items: alliance.funding.map((f) => `${f.source}${f.amountEur !== null ? ` — ${euros.format(f.amountEur)}` : ""}`) });
  }

  blocks.push({ kind: "heading", level: 2, text: t("impactReport.lineage"), id: "filiation" });
  if (!report.lineage || (report.lineage.origins.length === 0 && report.lineage.replicas.length === 0)) {
    blocks.push({ kind: "paragraph", text: t("impactReport.noLineage"), muted: true });
  } else {
    if (report.lineage.origins.length > 0) blocks.push({ kind: "paragraph", text: `${t("impactReport.origins")} : ${report.lineage.origins.map((n) => [n.name, n.communeName].filter(Boolean).join(", ")).join(" → ")}` });
    if (report.lineage.replicas.length > 0) blocks.push({ kind: "list", items: report.lineage.replicas.map((n) => `${t("impactReport.replica")} : ${[n.name, n.communeName].filter(Boolean).join(", ")}`) });
  }

  if (alliance.contact) {
    blocks.push({ kind: "heading", level: 2, text: t("impactReport.contact"), id: "contact" });
    blocks.push({ kind: "paragraph", text: [alliance.contact.name, alliance.contact.email, alliance.contact.phone].filter(Boolean).join(" · ") });
  }

  const restricted = report.restricted.funding === "PRIVATE" || report.restricted.contact === "PRIVATE" ? "PRIVATE" : report.restricted.funding === "NETWORK" || report.restricted.contact === "NETWORK" ? "NETWORK" : null;
  return {
    title: t("impactReport.title", { name: alliance.name }),
    subtitle: alliance.name,
    meta: [place, t(`enums.stage.${alliance.stage}`), alliance.startDate ? `${t("alliance.startDate")} ${month.format(alliance.startDate)}` : null, t("impactReport.generated", { date: day.format(report.generatedAt) })].filter((x): x is string => Boolean(x)),
    notice: restricted ? t(`impactReport.notice.${restricted}`) : null,
    blocks,
    footer: t("impactReport.footer", { url: publicUrl }),
  };
}
