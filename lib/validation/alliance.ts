// The alliance working copy ("draft"): one schema for the form, the server and the seed.
// A draft may be incomplete; `submittableAllianceSchema` adds what review requires.
import { z } from "zod";
import "@/lib/validation/zod-locale";
import fr from "@/messages/fr.json";

const v = fr.validation;

const NO_HTML = /<\/?[a-z!][^>]*>/i;

/** Plain text: trimmed, bounded, and without HTML tags (rendered as text anyway). */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: v.tooLong.replace("{max}", String(max)) })
    .refine((value) => !NO_HTML.test(value), { message: v.noHtml });
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: v.invalidDate })
  // Round trip, so that 2021-02-30 (which Date.parse rolls over to March) is refused.
  .refine((value) => {
    const date = new Date(value + "T00:00:00Z");
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, { message: v.invalidDate });

export const ALLIANCE_STAGES = ["EMERGENCE", "EXPERIMENTATION", "CONSOLIDATION", "SCALING", "LASTING"] as const;
export const LEGAL_STRUCTURES = ["INFORMAL", "CONVENTION", "ASSOCIATION", "GIP", "SCIC", "ENDOWMENT_FUND", "TERRITORIAL_FOUNDATION", "OTHER"] as const;
export const TERRITORY_SCALES = ["NEIGHBOURHOOD", "COMMUNE", "INTERCOMMUNALITY", "DEPARTEMENT", "REGION", "NATIONAL"] as const;
export const VISIBILITIES = ["PUBLIC", "NETWORK", "PRIVATE"] as const;
export const PARTNER_TYPES = ["COMPANY", "ASSOCIATION", "LOCAL_AUTHORITY", "NATIONAL_PUBLIC_ACTOR", "FOUNDATION", "ACADEMIC", "NETWORK", "CITIZEN_GROUP"] as const;
export const PARTNER_ROLES = ["PILOT", "MEMBER", "FUNDER", "PUBLIC_PARTNER", "OPERATOR"] as const;
export const SUCCESS_FACTORS = ["CIVIL_SOCIETY_LED", "ENTREPRENEURIAL_CULTURE", "SHARED_CLEAR_OBJECTIVE", "MEASURABLE_OBJECTIVES", "AUTHENTIC_GROWTH", "FLEXIBILITY", "DIVERSITY_AND_LISTENING"] as const;
export const DOCUMENT_KINDS = ["REPORT", "ANIMATION_KIT", "METHOD", "PRESS", "VIDEO", "OTHER"] as const;
export const LICENCES = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC0-1.0", "LO-2.0", "ALL-RIGHTS-RESERVED"] as const;
export const FUNDING_KINDS = ["PUBLIC", "PRIVATE", "PATRONAGE", "OWN_RESOURCES", "EUROPEAN", "OTHER"] as const;
export const SCALING_KINDS = ["GEOGRAPHIC", "SECTORAL", "PUBLIC_POLICY", "EXISTING_SCHEME", "DISSEMINATION", "MODELLING"] as const;
export const SCALING_STATUSES = ["CONSIDERED", "IN_PREPARATION", "UNDER_WAY", "ACHIEVED", "ABANDONED"] as const;
export const FUNDING_MECHANISMS = ["PUBLIC_FUNDING", "PRIVATE_FUNDERS", "SOCIAL_IMPACT_BOND", "TERRITORIAL_FOUNDATION", "CROWDFUNDING", "PATRONAGE"] as const;
export const TARGET_LEVELS = ["COMMUNE", "DEPARTEMENT", "REGION", "DOMAIN"] as const;

const inseeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { message: v.unknownCommune });
const departementCode = z.string().regex(/^(\d{2,3}|2[AB])$/, { message: v.unknownDepartement });
const regionCode = z.string().regex(/^\d{2}$/, { message: v.unknownRegion });
const optionalUrl = z.union([z.literal(""), z.url({ protocol: /^https?$/, message: v.invalidUrl }).max(500)]);

export const territorySchema = z.object({
  communeInsee: z.union([z.literal(""), inseeCode]).default(""),
  address: plainText(300).default(""),
  /** Coordinates of a precise address (national address API); else the commune's. */
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  scale: z.enum(TERRITORY_SCALES).default("COMMUNE"),
  epci: z.union([z.literal(""), z.string().regex(/^\d{9}$/)]).default(""),
  coveredCommunes: z.array(inseeCode).max(200).default([]),
  coveredDepartements: z.array(departementCode).max(101).default([]),
  coveredRegions: z.array(regionCode).max(18).default([]),
});

export const partnerEntrySchema = z.object({
  organisationId: z.string().min(1).max(40),
  role: z.enum(PARTNER_ROLES),
  description: plainText(500).default(""),
});

export const fundingEntrySchema = z.object({
  source: plainText(200).min(1, { message: v.required }),
  kind: z.enum(FUNDING_KINDS),
  amountEur: z.number().int().min(0, { message: v.negative }).max(1_000_000_000).nullable().default(null),
});

export const documentEntrySchema = z.object({
  key: z.string().min(1).max(40),
  title: plainText(200).min(1, { message: v.required }),
  url: z.url({ protocol: /^https?$/, message: v.invalidUrl }).max(500),
  kind: z.enum(DOCUMENT_KINDS).default("OTHER"),
  licence: z.enum(LICENCES, { message: v.licenceRequired }),
});

export const successFactorEntrySchema = z.object({
  factor: z.enum(SUCCESS_FACTORS),
  score: z.number().int().min(1).max(4),
  comment: plainText(500).default(""),
});

export const milestoneSchema = z.object({
  key: z.string().min(1).max(40),
  title: plainText(200).min(1, { message: v.required }),
  dueDate: isoDate,
  done: z.boolean().default(false),
});

export const scalingPlanSchema = z
  .object({
    key: z.string().min(1).max(40),
    kind: z.enum(SCALING_KINDS),
    title: plainText(200).min(1, { message: v.required }),
    description: plainText(4000).default(""),
    status: z.enum(SCALING_STATUSES).default("CONSIDERED"),
    startDate: isoDate.nullable().default(null),
    neededResources: plainText(2000).default(""),
    obstacles: plainText(2000).default(""),
    targets: z
      .array(z.object({ level: z.enum(TARGET_LEVELS), code: z.string().min(1).max(40), label: plainText(200).default("") }))
      .max(100)
      .default([]),
    milestones: z.array(milestoneSchema).max(50).default([]),
    funding: z
      .array(
        z.object({
          mechanism: z.enum(FUNDING_MECHANISMS),
          amountSought: z.number().min(0, { message: v.negative }).max(1e12).nullable().default(null),
          amountObtained: z.number().min(0, { message: v.negative }).max(1e12).nullable().default(null),
          note: plainText(500).default(""),
        }),
      )
      .max(20)
      .default([]),
  })
  .superRefine((plan, ctx) => {
    if (!plan.startDate) return;
    plan.milestones.forEach((milestone, index) => {
      if (milestone.dueDate < plan.startDate!) {
        ctx.addIssue({ code: "custom", path: ["milestones", index, "dueDate"], message: v.milestoneBeforePlan });
      }
    });
  });

/** Latest accepted start date: a year ahead (an alliance being set up), no further. */
export function latestStartDate(today = new Date()): string {
  const limit = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()));
  return limit.toISOString().slice(0, 10);
}

const draftShape = z.object({
  name: plainText(120).default(""),
  summary: plainText(300).default(""),
  description: plainText(10_000).default(""),
  objective: plainText(1000).default(""),
  territory: territorySchema.default(territorySchema.parse({})),
  domainCodes: z.array(z.string().min(1).max(40)).max(6, { message: v.tooManyDomains }).default([]),
  stage: z.enum(ALLIANCE_STAGES).default("EMERGENCE"),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  legalStructure: z.enum(LEGAL_STRUCTURES).nullable().default(null),
  legalStructureDetail: plainText(200).default(""),
  funding: z.array(fundingEntrySchema).max(30).default([]),
  fundingVisibility: z.enum(VISIBILITIES).default("NETWORK"),
  partners: z.array(partnerEntrySchema).max(100).default([]),
  successFactors: z.array(successFactorEntrySchema).max(SUCCESS_FACTORS.length).default([]),
  welcomesVisits: z.boolean().default(false),
  contact: z
    .object({
      name: plainText(120).default(""),
      email: z.union([z.literal(""), z.email({ message: v.invalidEmail }).max(254)]).default(""),
      phone: z.union([z.literal(""), z.string().trim().regex(/^[+0-9 ().-]{6,25}$/, { message: v.invalidPhone })]).default(""),
      visibility: z.enum(VISIBILITIES).default("NETWORK"),
    })
    .default({ name: "", email: "", phone: "", visibility: "NETWORK" }),
  website: optionalUrl.default(""),
  documents: z.array(documentEntrySchema).max(30).default([]),
  scalingPlans: z.array(scalingPlanSchema).max(20).default([]),
});

function checkDraftCoherence(draft: z.infer<typeof draftShape>, ctx: z.RefinementCtx) {
  if (draft.startDate && draft.startDate > latestStartDate()) {
    ctx.addIssue({ code: "custom", path: ["startDate"], message: v.startTooFar });
  }
  if (draft.startDate && draft.startDate < "1945-01-01") {
    ctx.addIssue({ code: "custom", path: ["startDate"], message: v.invalidDate });
  }
  if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: v.endBeforeStart });
  }
  const seen = new Set<string>();
  draft.partners.forEach((partner, index) => {
    if (seen.has(partner.organisationId)) {
      ctx.addIssue({ code: "custom", path: ["partners", index, "organisationId"], message: v.duplicatePartner });
    }
    seen.add(partner.organisationId);
  });
  const factors = new Set<string>();
  draft.successFactors.forEach((entry, index) => {
    if (factors.has(entry.factor)) ctx.addIssue({ code: "custom", path: ["successFactors", index, "factor"], message: v.duplicate });
    factors.add(entry.factor);
  });
  if (new Set(draft.domainCodes).size !== draft.domainCodes.length) {
    ctx.addIssue({ code: "custom", path: ["domainCodes"], message: v.duplicate });
  }
}

export const allianceDraftSchema = draftShape.superRefine(checkDraftCoherence);
export type AllianceDraft = z.infer<typeof allianceDraftSchema>;
export type AllianceDraftInput = z.input<typeof allianceDraftSchema>;

export function emptyDraft(): AllianceDraft {
  return allianceDraftSchema.parse({});
}

/**
 * What review requires beyond a valid draft. Partner types come from the database,
 * so the caller passes them (organisationId → type).
 */
export function submissionIssues(draft: AllianceDraft, partnerTypes: Map<string, string>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (draft.name.length < 3) issues.push({ path: "name", message: v.nameRequired });
  if (draft.summary.length < 20) issues.push({ path: "summary", message: v.summaryRequired });
  if (draft.objective.length < 20) issues.push({ path: "objective", message: v.objectiveRequired });
  if (!draft.territory.communeInsee) issues.push({ path: "territory.communeInsee", message: v.communeRequired });
  if (draft.domainCodes.length === 0) issues.push({ path: "domainCodes", message: v.domainRequired });
  if (!draft.startDate) issues.push({ path: "startDate", message: v.startRequired });
  const types = new Set(draft.partners.map((p) => partnerTypes.get(p.organisationId)).filter(Boolean));
  if (draft.partners.length < 2 || types.size < 2) issues.push({ path: "partners", message: v.twoPartnerTypes });
  return issues;
}
