// Turns the fields of an alliance snapshot into readable French text, one string per field,
// so the review screen can show them and diff a published value against a proposed one.
import type { AllianceDraft } from "@/lib/validation/alliance";
import { domainLabelFr } from "@/lib/reference/domains";
import { getCommune, getDepartement, getRegion } from "@/lib/geo/communes";

type Translate = (key: string) => string;
export type Lookups = { organisations: Record<string, { name: string; type: string }> };

/** The fields in the order of the editor's steps; territory is split in its parts. */
export const REVIEW_FIELDS = [
  "name",
  "summary",
  "description",
  "objective",
  "territory.communeInsee",
  "territory.address",
  "territory.scale",
  "territory.coveredCommunes",
  "territory.coveredDepartements",
  "territory.coveredRegions",
  "domainCodes",
  "stage",
  "startDate",
  "endDate",
  "legalStructure",
  "legalStructureDetail",
  "funding",
  "fundingVisibility",
  "partners",
  "successFactors",
  "welcomesVisits",
  "contact",
  "website",
  "documents",
  "scalingPlans",
] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

const day = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const formatDay = (iso: string | null) => (iso ? day.format(new Date(iso + "T00:00:00Z")) : "");

export function formatField(field: ReviewField, draft: AllianceDraft, t: Translate, lookups: Lookups): string {
  const territory = draft.territory;
  switch (field) {
    case "name":
    case "summary":
    case "description":
    case "objective":
    case "legalStructureDetail":
    case "website":
      return draft[field];
    case "territory.communeInsee": {
      const commune = territory.communeInsee ? getCommune(territory.communeInsee) : null;
      return commune ? `${commune.name} (${commune.departement})` : territory.communeInsee;
    }
    case "territory.address":
      return territory.address;
    case "territory.scale":
      return t(`enums.scale.${territory.scale}`);
    case "territory.coveredCommunes":
      return territory.coveredCommunes.map((code) => getCommune(code)?.name ?? code).join(", ");
    case "territory.coveredDepartements":
      return territory.coveredDepartements.map((code) => getDepartement(code)?.name ?? code).join(", ");
    case "territory.coveredRegions":
      return territory.coveredRegions.map((code) => getRegion(code)?.name ?? code).join(", ");
    case "domainCodes":
      return draft.domainCodes.map(domainLabelFr).join(", ");
    case "stage":
      return t(`enums.stage.${draft.stage}`);
    case "startDate":
    case "endDate":
      return formatDay(draft[field]);
    case "legalStructure":
      return draft.legalStructure ? t(`enums.legalStructure.${draft.legalStructure}`) : "";
    case "funding":
      return draft.funding.map((f) => `${f.source} (${t(`editor.fundingKinds.${f.kind}`)})${f.amountEur !== null ? ` : ${euros.format(f.amountEur)}` : ""}`).join("\n");
    case "fundingVisibility":
      return t(`editor.visibility.${draft.fundingVisibility}`);
    case "partners":
      return draft.partners
        .map((p) => {
          const organisation = lookups.organisations[p.organisationId];
          const type = organisation ? t(`enums.partnerType.${organisation.type}`) : "";
          return `${organisation?.name ?? p.organisationId} — ${type}, ${t(`enums.partnerRole.${p.role}`)}${p.description ? ` : ${p.description}` : ""}`;
        })
        .join("\n");
    case "successFactors":
      return draft.successFactors.map((s) => `${t(`editor.successFactors.${s.factor}`)} : ${s.score}/4${s.comment ? ` — ${s.comment}` : ""}`).join("\n");
    case "welcomesVisits":
      return draft.welcomesVisits ? t("moderation.yes") : t("moderation.no");
    case "contact": {
      const c = draft.contact;
      const parts = [c.name, c.email, c.phone].filter(Boolean).join(" · ");
      return parts ? `${parts} (${t(`editor.visibility.${c.visibility}`)})` : "";
    }
    case "documents":
      return draft.documents.map((d) => `${d.title} — ${d.url} (${d.licence})`).join("\n");
    case "scalingPlans":
      return draft.scalingPlans
        .map((p) => `${p.title} (${t(`enums.scalingKind.${p.kind}`)}) — ${p.milestones.map((m) => `${m.title} ${formatDay(m.dueDate)}${m.done ? " ✓" : ""}`).join(" ; ")}`)
        .join("\n");
  }
}

/** Which review fields differ between two snapshots, in display order. */
export function differingFields(before: AllianceDraft, after: AllianceDraft, t: Translate, lookups: Lookups): ReviewField[] {
  return REVIEW_FIELDS.filter((field) => formatField(field, before, t, lookups) !== formatField(field, after, t, lookups));
}
