// The alliance editor's steps, and how each step's form fields update the working copy.
// Pure (no database): the server action validates the result with allianceDraftSchema.
import crypto from "node:crypto";
import type { AllianceDraft } from "@/lib/validation/alliance";
import { SUCCESS_FACTORS } from "@/lib/validation/alliance";

export const EDITOR_STEPS = ["identite", "objectif", "territoire", "domaines", "partenaires", "structure", "facteurs", "essaimage", "documents", "soumettre"] as const;
export type EditorStep = (typeof EDITOR_STEPS)[number];

export function isEditorStep(value: unknown): value is EditorStep {
  return typeof value === "string" && (EDITOR_STEPS as readonly string[]).includes(value);
}

export function nextStep(step: EditorStep): EditorStep {
  const index = EDITOR_STEPS.indexOf(step);
  return EDITOR_STEPS[Math.min(index + 1, EDITOR_STEPS.length - 1)] ?? step;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const optionalDate = (form: FormData, name: string) => text(form, name).trim() || null;
const list = (form: FormData, name: string) => form.getAll(name).map(String).filter(Boolean);
function optionalNumber(form: FormData, name: string): number | null | string {
  const raw = text(form, name).replace(/\s/g, "").replace(",", ".");
  if (!raw) return null;
  const value = Number(raw);
  // A non-number is passed on as text so that validation reports it on the field.
  return Number.isFinite(value) ? value : raw;
}
const newKey = () => crypto.randomBytes(6).toString("hex");

/** Applies one step's submitted fields to the working copy (other fields are kept). */
export function applyStep(step: EditorStep, draft: AllianceDraft, form: FormData): unknown {
  switch (step) {
    case "identite":
      return { ...draft, name: text(form, "name"), summary: text(form, "summary"), description: text(form, "description") };
    case "objectif":
      return { ...draft, objective: text(form, "objective"), stage: text(form, "stage") || draft.stage, startDate: optionalDate(form, "startDate"), endDate: optionalDate(form, "endDate") };
    case "territoire":
      return {
        ...draft,
        territory: {
          ...draft.territory,
          communeInsee: text(form, "communeInsee"),
          address: text(form, "address"),
          scale: text(form, "scale") || draft.territory.scale,
          coveredCommunes: [...new Set(list(form, "coveredCommunes"))],
          coveredDepartements: [...new Set(list(form, "coveredDepartements"))],
          coveredRegions: [...new Set(list(form, "coveredRegions"))],
          // A new commune means the old precise address point no longer applies.
          lat: text(form, "communeInsee") === draft.territory.communeInsee ? draft.territory.lat : null,
          lng: text(form, "communeInsee") === draft.territory.communeInsee ? draft.territory.lng : null,
        },
      };
    case "domaines":
      return { ...draft, domainCodes: list(form, "domainCodes") };
    case "structure": {
      const rows = Number(text(form, "fundingRows")) || 0;
      const funding = [];
      for (let i = 0; i < Math.min(rows, 30); i++) {
        const source = text(form, `funding.${i}.source`).trim();
        if (!source) continue;
        funding.push({ source, kind: text(form, `funding.${i}.kind`) || "OTHER", amountEur: optionalNumber(form, `funding.${i}.amountEur`) });
      }
      return {
        ...draft,
        legalStructure: text(form, "legalStructure") || null,
        legalStructureDetail: text(form, "legalStructureDetail"),
        funding,
        fundingVisibility: text(form, "fundingVisibility") || draft.fundingVisibility,
      };
    }
    case "facteurs": {
      const successFactors = SUCCESS_FACTORS.flatMap((factor) => {
        const score = Number(text(form, `sf.${factor}.score`));
        return score ? [{ factor, score, comment: text(form, `sf.${factor}.comment`) }] : [];
      });
      return {
        ...draft,
        successFactors,
        welcomesVisits: form.get("welcomesVisits") === "on",
        contact: { name: text(form, "contact.name"), email: text(form, "contact.email").trim(), phone: text(form, "contact.phone").trim(), visibility: text(form, "contact.visibility") || draft.contact.visibility },
        website: text(form, "website").trim(),
      };
    }
    case "documents": {
      const rows = Number(text(form, "documentRows")) || 0;
      const documents = [];
      for (let i = 0; i < Math.min(rows, 30); i++) {
        const title = text(form, `documents.${i}.title`).trim();
        const url = text(form, `documents.${i}.url`).trim();
        if (!title && !url) continue;
        documents.push({ key: text(form, `documents.${i}.key`) || newKey(), title, url, kind: text(form, `documents.${i}.kind`) || "OTHER", licence: text(form, `documents.${i}.licence`) || undefined });
      }
      return { ...draft, documents };
    }
    case "essaimage":
      return applyScalingPlan(draft, form);
    case "partenaires":
    case "soumettre":
      return draft;
  }
}

/**
 * The scaling step edits one plan at a time (`plan.key`; a new key adds it), or removes it
 * (`intent=remove-plan`). Other plans are kept as they are.
 */
function applyScalingPlan(draft: AllianceDraft, form: FormData): unknown {
  const key = text(form, "plan.key") || newKey();
  if (form.get("intent") === "remove-plan") return { ...draft, scalingPlans: draft.scalingPlans.filter((plan) => plan.key !== key) };
  const targets = [
    ...[...new Set(list(form, "plan.communes"))].map((code) => ({ level: "COMMUNE", code, label: "" })),
    ...[...new Set(list(form, "plan.departements"))].map((code) => ({ level: "DEPARTEMENT", code, label: "" })),
    ...[...new Set(list(form, "plan.regions"))].map((code) => ({ level: "REGION", code, label: "" })),
    ...[...new Set(list(form, "plan.domains"))].map((code) => ({ level: "DOMAIN", code, label: "" })),
  ];
  const milestones = [];
  for (let i = 0; i < Math.min(Number(text(form, "milestoneRows")) || 0, 50); i++) {
    const title = text(form, `milestones.${i}.title`).trim();
    const dueDate = text(form, `milestones.${i}.dueDate`).trim();
    if (!title && !dueDate) continue;
    milestones.push({ key: text(form, `milestones.${i}.key`) || newKey(), title, dueDate, done: form.get(`milestones.${i}.done`) === "on" });
  }
  const funding = [];
  for (let i = 0; i < Math.min(Number(text(form, "planFundingRows")) || 0, 20); i++) {
    const mechanism = text(form, `planFunding.${i}.mechanism`);
    if (!mechanism) continue;
    funding.push({ mechanism, amountSought: optionalNumber(form, `planFunding.${i}.amountSought`), amountObtained: optionalNumber(form, `planFunding.${i}.amountObtained`), note: text(form, `planFunding.${i}.note`) });
  }
  const plan = {
    key,
    kind: text(form, "plan.kind"),
    title: text(form, "plan.title"),
    description: text(form, "plan.description"),
    status: text(form, "plan.status") || "CONSIDERED",
    startDate: optionalDate(form, "plan.startDate"),
    neededResources: text(form, "plan.neededResources"),
    obstacles: text(form, "plan.obstacles"),
    targets,
    milestones,
    funding,
  };
  const exists = draft.scalingPlans.some((p) => p.key === key);
  return { ...draft, scalingPlans: exists ? draft.scalingPlans.map((p) => (p.key === key ? plan : p)) : [...draft.scalingPlans, plan] };
}
