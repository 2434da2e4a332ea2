// The alliance editor's steps, and how each step's form fields update the working copy.
// Pure (no database): the server action validates the result with allianceDraftSchema.
import crypto from "node:crypto";
import type { AllianceDraft } from "@/lib/validation/alliance";
import { SUCCESS_FACTORS } from "@/lib/validation/alliance";

export const EDITOR_STEPS = ["identite", "objectif", "territoire", "domaines", "partenaires", "structure", "facteurs", "documents", "soumettre"] as const;
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
    case "partenaires":
    case "soumettre":
      return draft;
  }
}
