// Deterministic generation of catalysts, organisations and alliance drafts over real French
// communes (every région, overseas included). Drafts are built in their full, parsed shape
// (AllianceDraft), so the bulk generator can skip schema parsing; the demo set still parses them.
import { allCommunes, getCoordinatePrecision, getDepartement, getEpci, getRegion, listRegions, type Commune } from "@/lib/geo/communes";
import { DOMAINS } from "@/lib/reference/domains";
import type { AllianceDraft } from "@/lib/validation/alliance";
import { DOMAIN_CONTENT, GOVERNANCE_PARAGRAPHS, SUCCESS_FACTOR_COMMENTS } from "./domain-content";
import { fill, inCommune, inRegion, ofCommune, ofDepartement, slugify } from "./french";
import { GENERIC_ORGANISATIONS, isWiderThanCommune, ROLE_DESCRIPTIONS, ROLES_BY_TYPE, type PartnerRoleCode, type PartnerTypeCode } from "./organisations";
import { BIO_ENDINGS, BIO_FOCUS, CATALYST_ROLES, FIRST_NAMES, LAST_NAMES, REGIONAL_LAST_NAMES } from "./people";
import type { Rng } from "./rng";
import { DOCUMENT_TEMPLATES, EXISTING_SCHEMES, FUNDING_NOTES, FUNDING_SOURCES, PUBLIC_POLICIES, SCALING_TEMPLATES, type ScalingKindCode } from "./scaling";

export type Stage = AllianceDraft["stage"];
export type ScalingPlanDraft = AllianceDraft["scalingPlans"][number];

/** "Today" for the demo: fixed, so the data is the same whatever the day it is loaded. */
export const SEED_TODAY = "2026-10-31";

// ───────────── Geography ─────────────

type WeightedPool = { communes: Commune[]; cumulative: Float64Array };

function weightedPool(communes: Commune[]): WeightedPool {
  const cumulative = new Float64Array(communes.length);
  let total = 0;
  communes.forEach((commune, index) => {
    total += Math.pow(Math.max(commune.population, 50), 0.6);
    cumulative[index] = total;
  });
  return { communes, cumulative };
}

function drawFrom(pool: WeightedPool, rng: Rng): Commune {
  const total = pool.cumulative[pool.cumulative.length - 1] ?? 0;
  const target = rng.next() * total;
  let low = 0;
  let high = pool.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((pool.cumulative[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return pool.communes[low]!;
}

const OVERSEAS = new Set(["01", "02", "03", "04", "06"]);

type Geo = { all: WeightedPool; byDepartement: Map<string, WeightedPool>; byRegion: Map<string, WeightedPool>; regionCodes: string[] };
let geoCache: Geo | null = null;

/** Communes with their own coordinates (not estimated), weighted by population^0.6. */
function geo(): Geo {
  if (geoCache) return geoCache;
  const usable = allCommunes().filter((c) => getCoordinatePrecision(c.insee) !== "estimated" && (c.population >= 300 || OVERSEAS.has(c.region)));
  const group = (key: (c: Commune) => string) => {
    const map = new Map<string, Commune[]>();
    for (const commune of usable) {
      const k = key(commune);
      const list = map.get(k);
      if (list) list.push(commune);
      else map.set(k, [commune]);
    }
    return new Map([...map].map(([k, list]) => [k, weightedPool(list)]));
  };
  geoCache = { all: weightedPool(usable), byDepartement: group((c) => c.departement), byRegion: group((c) => c.region), regionCodes: listRegions().map((r) => r.code) };
  return geoCache;
}

/** A commune: the first `2 × 18` draws go round every région, then weighted by population. */
export function drawCommune(rng: Rng, index: number): Commune {
  const g = geo();
  if (index < g.regionCodes.length * 2) return drawFrom(g.byRegion.get(g.regionCodes[index % g.regionCodes.length]!) ?? g.all, rng);
  return drawFrom(g.all, rng);
}

/** A commune near another one: same département most of the time, else same région. */
export function drawNearby(rng: Rng, around: Commune): Commune {
  const g = geo();
  const pool = rng.chance(0.75) ? g.byDepartement.get(around.departement) : g.byRegion.get(around.region);
  return drawFrom(pool ?? g.all, rng);
}

export type Place = {
  commune: Commune;
  values: Record<string, string>;
};

const REGION_AUTHORITY: Record<string, string> = {
  "94": "Collectivité de Corse",
  "02": "Collectivité territoriale de Martinique",
  "03": "Collectivité territoriale de Guyane",
  "06": "Département de Mayotte",
  "04": "Région Réunion",
};
const DEPARTEMENT_AUTHORITY: Record<string, string> = {
  "2A": "Collectivité de Corse",
  "2B": "Collectivité de Corse",
  "972": "Collectivité territoriale de Martinique",
  "973": "Collectivité territoriale de Guyane",
  "976": "Département de Mayotte",
  "75": "Ville de Paris",
};

const placeCache = new Map<string, Place>();

/** Placeholders for a commune: {c} {ac} {dc} {dep} {dd} {reg} {town} {departementAuthority} {epciName}. */
export function place(commune: Commune): Place {
  const cached = placeCache.get(commune.insee);
  if (cached) return cached;
  const departement = getDepartement(commune.departement);
  const region = getRegion(commune.region);
  const departementName = departement?.name ?? commune.departement;
  const regionName = region?.name ?? commune.region;
  const epci = commune.epci ? getEpci(commune.epci) : null;
  const town = commune.population >= 10_000 ? "Ville" : "Commune";
  const departementAuthority = DEPARTEMENT_AUTHORITY[commune.departement] ?? `Département ${ofDepartement(commune.departement, departementName)}`;
  const values = {
    c: commune.name,
    ac: inCommune(commune.name),
    dc: ofCommune(commune.name),
    dep: departementName,
    dd: ofDepartement(commune.departement, departementName),
    reg: regionName,
    inReg: inRegion(regionName),
    town,
    departementAuthority,
    // Without an EPCI (Paris, islands), the département stands in for it.
    epciName: epci?.name ?? departementAuthority,
    regionAuthority: REGION_AUTHORITY[commune.region] ?? `Région ${regionName}`,
  };
  const result = { commune, values };
  placeCache.set(commune.insee, result);
  return result;
}

// ───────────── People ─────────────

export type GeneratedCatalyst = {
  key: string;
  firstName: string;
  lastName: string;
  feminine: boolean;
  email: string;
  commune: Commune;
  profilePublic: boolean;
  expertiseDomains: string[];
  bio: string;
  createdAt: Date;
};

export function emailPart(text: string): string {
  return slugify(text, 40).replace(/-/g, "");
}

export function generateCatalyst(rng: Rng, index: number): GeneratedCatalyst {
  const first = rng.pick(FIRST_NAMES);
  const commune = drawCommune(rng, index);
  const regional = REGIONAL_LAST_NAMES[commune.region];
  const lastName = regional && rng.chance(commune.region < "10" ? 0.8 : 0.35) ? rng.pick(regional) : rng.pick(LAST_NAMES);
  const p = place(commune).values;
  const role = rng.pick(CATALYST_ROLES);
  const where = role.where === "commune" ? p.ac : role.where === "epci" ? `(${p.epciName})` : role.where === "departement" ? `dans le département ${p.dd}` : p.inReg;
  const expertise = rng.sample(DOMAINS.map((d) => d.code), rng.between(1, 3));
  const bio = `${first.feminine ? role.feminine : role.masculine} ${where}. ${rng.pick(BIO_FOCUS)} ${BIO_ENDINGS[first.feminine ? 0 : 1]}`;
  return {
    key: `catalyst-${index}`,
    firstName: first.name,
    lastName,
    feminine: first.feminine,
    email: `${emailPart(first.name)}.${emailPart(lastName)}.${index + 1}@catalyseurs.essaim.test`,
    commune,
    profilePublic: rng.chance(0.3),
    expertiseDomains: expertise,
    bio,
    createdAt: new Date(Date.UTC(2024, rng.int(22), 1 + rng.int(27), 8 + rng.int(10))),
  };
}

// ───────────── Organisations ─────────────

export type GeneratedPartner = {
  name: string;
  type: PartnerTypeCode;
  communeInsee: string | null;
  role: PartnerRoleCode;
  description: string;
};

const PILOT_TYPES: readonly (readonly [PartnerTypeCode, number])[] = [
  ["ASSOCIATION", 34],
  ["COMPANY", 18],
  ["NETWORK", 14],
  ["LOCAL_AUTHORITY", 16],
  ["CITIZEN_GROUP", 6],
  ["FOUNDATION", 5],
  ["ACADEMIC", 4],
  ["NATIONAL_PUBLIC_ACTOR", 3],
];
const OTHER_TYPES: readonly (readonly [PartnerTypeCode, number])[] = [
  ["COMPANY", 30],
  ["ASSOCIATION", 22],
  ["LOCAL_AUTHORITY", 18],
  ["NATIONAL_PUBLIC_ACTOR", 8],
  ["FOUNDATION", 8],
  ["ACADEMIC", 5],
  ["NETWORK", 5],
  ["CITIZEN_GROUP", 4],
];

/** An organisation name of that type, in that place (domain-specific names half of the time). */
export function organisationName(rng: Rng, type: PartnerTypeCode, domain: string, where: Place): { name: string; communeInsee: string | null } {
  const specific = DOMAIN_CONTENT[domain]?.organisations[type];
  const template = specific && rng.chance(0.5) ? rng.pick(specific) : rng.pick(GENERIC_ORGANISATIONS[type]);
  const name = fill(template, where.values);
  return { name, communeInsee: isWiderThanCommune(template) ? null : where.commune.insee };
}

export function roleFor(rng: Rng, type: PartnerTypeCode, allowPilot: boolean): PartnerRoleCode {
  const entries = ROLES_BY_TYPE[type].filter(([role]) => allowPilot || role !== "PILOT");
  return rng.weighted(entries.length ? entries : [["MEMBER", 1] as const]);
}

/** 2 to 6 partners of at least two different types; the first one pilots. */
export function generatePartners(rng: Rng, domain: string, where: Place): GeneratedPartner[] {
  const count = rng.weighted([[2, 3], [3, 5], [4, 4], [5, 2], [6, 1]] as const);
  const partners: GeneratedPartner[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (partners.length < count && guard++ < 40) {
    const first = partners.length === 0;
    const type = rng.weighted(first ? PILOT_TYPES : OTHER_TYPES);
    if (partners.length === 1 && type === partners[0]!.type) continue;
    // Now and then a partner from a neighbouring commune.
    const at = !first && rng.chance(0.2) ? place(drawNearby(rng, where.commune)) : where;
    const { name, communeInsee } = organisationName(rng, type, domain, at);
    // The pilot is a local actor (not a département or a région).
    if (first && communeInsee === null) continue;
    const key = `${name}|${communeInsee ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const role: PartnerRoleCode = first ? "PILOT" : roleFor(rng, type, false);
    partners.push({ name, type, communeInsee, role, description: rng.chance(0.6) ? rng.pick(ROLE_DESCRIPTIONS[role]) : "" });
  }
  return partners;
}

// ───────────── Alliances ─────────────

const STAGES: readonly (readonly [Stage, number])[] = [
  ["EMERGENCE", 15],
  ["EXPERIMENTATION", 25],
  ["CONSOLIDATION", 25],
  ["SCALING", 20],
  ["LASTING", 15],
];
const START_YEARS: Record<Stage, [number, number]> = {
  EMERGENCE: [2024, 2026],
  EXPERIMENTATION: [2021, 2025],
  CONSOLIDATION: [2015, 2023],
  SCALING: [2011, 2021],
  LASTING: [2003, 2017],
};
const LEGAL: readonly (readonly [NonNullable<AllianceDraft["legalStructure"]>, number, string])[] = [
  ["CONVENTION", 30, "Convention de partenariat pluriannuelle signée par les membres"],
  ["ASSOCIATION", 24, "Association créée par les partenaires fondateurs"],
  ["INFORMAL", 12, "Accord informel entre les partenaires, sans structure dédiée"],
  ["GIP", 5, "Groupement d'intérêt public réunissant la collectivité et ses partenaires"],
  ["SCIC", 8, "Société coopérative d'intérêt collectif associant salariés, usagers, entreprises et collectivité"],
  ["ENDOWMENT_FUND", 5, "Fonds de dotation créé par les entreprises partenaires"],
  ["TERRITORIAL_FOUNDATION", 4, "Action abritée par une fondation territoriale"],
  ["OTHER", 3, "Groupement d'employeurs porté par les partenaires"],
];
const SCALES: readonly (readonly [AllianceDraft["territory"]["scale"], number])[] = [
  ["COMMUNE", 40],
  ["INTERCOMMUNALITY", 25],
  ["NEIGHBOURHOOD", 10],
  ["DEPARTEMENT", 15],
  ["REGION", 7],
  ["NATIONAL", 3],
];
const SCALING_STATUS: readonly (readonly [ScalingPlanDraft["status"], number])[] = [
  ["CONSIDERED", 25],
  ["IN_PREPARATION", 25],
  ["UNDER_WAY", 30],
  ["ACHIEVED", 15],
  ["ABANDONED", 5],
];
export const SCALING_KIND_LIST: readonly ScalingKindCode[] = ["GEOGRAPHIC", "SECTORAL", "PUBLIC_POLICY", "EXISTING_SCHEME", "DISSEMINATION", "MODELLING"];

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const clampToday = (date: string) => (date > SEED_TODAY ? SEED_TODAY : date);

export type GenerateOptions = {
  /** Stable key, used for the keys inside the draft (plans, milestones, documents). */
  key: string;
  primaryDomain: string;
  stage?: Stage;
  /** Force one scaling plan of this kind. */
  scalingKind?: ScalingKindCode;
  /** Skip documents and success factors (volume generator). */
  light?: boolean;
  /** Probability of scaling plans outside the SCALING stage. */
  scalingChance?: number;
};

export type GeneratedDraft = Omit<AllianceDraft, "partners">;

function domainsFor(rng: Rng, primary: string): string[] {
  const neighbours = DOMAIN_CONTENT[primary]?.neighbours ?? [];
  const extra = rng.weighted([[0, 3], [1, 5], [2, 2]] as const);
  return [primary, ...rng.sample(neighbours, extra)];
}

function numberIn(rng: Rng, [min, max]: [number, number]): number {
  const raw = min + rng.next() * (max - min);
  const step = raw >= 200 ? 50 : raw >= 50 ? 10 : raw >= 20 ? 5 : 1;
  return Math.max(min, Math.round(raw / step) * step);
}

/** The draft of a generated alliance (partners are added by the caller, with organisation ids). */
export function generateDraft(rng: Rng, where: Place, pilotName: string, options: GenerateOptions): GeneratedDraft {
  const content = DOMAIN_CONTENT[options.primaryDomain]!;
  const stage = options.stage ?? rng.weighted(STAGES);
  const [fromYear, toYear] = START_YEARS[stage];
  const startYear = rng.between(fromYear, toYear);
  const startDate = clampToday(iso(startYear, 1 + rng.int(12), 1));
  const targetYear = String(Math.max(2027, startYear + rng.between(2, 4)));
  const values: Record<string, string> = {
    ...where.values,
    n: String(numberIn(rng, content.n)),
    n2: String(numberIn(rng, content.n2 ?? [2, 8])),
    y: targetYear,
    pilot: pilotName,
  };
  // Summary, objective and first paragraph tell the same story (same variant).
  const variant = rng.int(content.summaries.length);
  const paragraphs = [fill(content.descriptions[variant]!, values)];
  if (rng.chance(0.35)) paragraphs.push(fill(content.descriptions[(variant + 1 + rng.int(content.descriptions.length - 1)) % content.descriptions.length]!, values));
  paragraphs.push(fill(rng.pick(GOVERNANCE_PARAGRAPHS), values));
  const legal = stage === "EMERGENCE" && rng.chance(0.5) ? null : rng.weighted(LEGAL.map(([code, weight, detail]) => [[code, detail] as const, weight] as const));
  const scale = rng.weighted(SCALES);
  const domainCodes = domainsFor(rng, options.primaryDomain);
  const epciMembers = where.commune.epci ? (getEpci(where.commune.epci)?.members ?? []) : [];
  const territory: AllianceDraft["territory"] = {
    communeInsee: where.commune.insee,
    address: "",
    lat: null,
    lng: null,
    scale,
    epci: "",
    coveredCommunes: scale === "INTERCOMMUNALITY" ? rng.sample(epciMembers.filter((code) => code !== where.commune.insee), Math.min(4, rng.between(1, 6))) : [],
    coveredDepartements: scale === "DEPARTEMENT" ? [where.commune.departement] : [],
    coveredRegions: scale === "REGION" ? [where.commune.region] : [],
  };
  const fundingCount = rng.weighted([[1, 4], [2, 4], [3, 2]] as const);
  const funding = rng.sample(FUNDING_SOURCES, fundingCount).map(([source, kind]) => ({ source, kind, amountEur: rng.chance(0.6) ? 1000 * rng.between(3, 150) : null }));
  const draft: GeneratedDraft = {
    name: fill(rng.pick(content.names), values).slice(0, 120),
    summary: fill(content.summaries[variant]!, values).slice(0, 300),
    description: paragraphs.join("\n\n"),
    objective: fill(content.objectives[variant]!, values),
    territory,
    domainCodes,
    stage,
    startDate,
    endDate: null,
    legalStructure: legal ? legal[0] : null,
    legalStructureDetail: legal && rng.chance(0.7) ? legal[1] : "",
    funding,
    fundingVisibility: rng.weighted([["NETWORK", 5], ["PUBLIC", 4], ["PRIVATE", 1]] as const),
    successFactors: [],
    welcomesVisits: rng.chance(stage === "SCALING" || stage === "LASTING" ? 0.75 : 0.45),
    contact: { name: rng.chance(0.4) ? pilotName.slice(0, 120) : "", email: "", phone: "", visibility: rng.weighted([["NETWORK", 6], ["PUBLIC", 2], ["PRIVATE", 2]] as const) },
    website: "",
    documents: [],
    scalingPlans: [],
  };
  if (!options.light) {
    draft.successFactors = rng.sample(["CIVIL_SOCIETY_LED", "ENTREPRENEURIAL_CULTURE", "SHARED_CLEAR_OBJECTIVE", "MEASURABLE_OBJECTIVES", "AUTHENTIC_GROWTH", "FLEXIBILITY", "DIVERSITY_AND_LISTENING"] as const, rng.between(3, 7)).map((factor) => {
      const mature = stage === "SCALING" || stage === "LASTING" ? 1 : 0;
      const score = Math.min(4, Math.max(1, rng.between(1, 3) + mature + (rng.chance(0.3) ? 1 : 0)));
      return { factor, score, comment: rng.chance(0.35) ? rng.pick(SUCCESS_FACTOR_COMMENTS[factor]!) : "" };
    });
    if (stage !== "EMERGENCE" && rng.chance(0.45)) {
      draft.documents = rng.sample(DOCUMENT_TEMPLATES, rng.between(1, 3)).map((template, index) => {
        const year = String(Math.min(2025, Math.max(startYear + 1, 2019 + rng.int(7))));
        return {
          key: `${options.key}-d${index}`,
          title: fill(template.title, { y: year }),
          url: `https://essaim.example/ressources/${options.key}/${template.kind.toLowerCase().replace(/_/g, "-")}-${index + 1}.pdf`,
          kind: template.kind,
          licence: rng.pick(template.licences),
        };
      });
    }
    if (rng.chance(0.2)) draft.website = `https://${options.key}.essaim.example`;
  }
  const wantsPlans = options.scalingKind !== undefined || stage === "SCALING" || rng.chance(options.scalingChance ?? (stage === "EMERGENCE" ? 0.05 : 0.25));
  if (wantsPlans) {
    const kinds = new Set<ScalingKindCode>();
    if (options.scalingKind) kinds.add(options.scalingKind);
    const planCount = stage === "SCALING" ? rng.between(1, 3) : 1;
    while (kinds.size < planCount) kinds.add(rng.pick(SCALING_KIND_LIST));
    draft.scalingPlans = [...kinds].map((kind, index) => scalingPlan(rng, kind, `${options.key}-p${index}`, where, options.primaryDomain, startYear));
  }
  return draft;
}

export function scalingPlan(rng: Rng, kind: ScalingKindCode, key: string, where: Place, primaryDomain: string, allianceStartYear: number): ScalingPlanDraft {
  const template = SCALING_TEMPLATES[kind];
  const status = rng.weighted(SCALING_STATUS);
  const startYear = Math.min(2026, Math.max(allianceStartYear + 1, rng.between(2019, 2026)));
  const startMonth = 1 + rng.int(9);
  const startDate = clampToday(iso(startYear, startMonth, 1));
  const targets: ScalingPlanDraft["targets"] = [];
  let targetText = "";
  if (kind === "GEOGRAPHIC") {
    const other = drawNearby(rng, where.commune);
    if (other.insee !== where.commune.insee && rng.chance(0.7)) {
      targets.push({ level: "COMMUNE", code: other.insee, label: other.name });
      targetText = inCommune(other.name);
    } else {
      const dep = getDepartement(where.commune.departement);
      targets.push({ level: "DEPARTEMENT", code: where.commune.departement, label: dep?.name ?? where.commune.departement });
      targetText = `dans d'autres communes ${ofDepartement(where.commune.departement, dep?.name ?? where.commune.departement)}`;
    }
  }
  let domainLabel = "";
  if (kind === "SECTORAL") {
    const code = rng.pick(DOMAIN_CONTENT[primaryDomain]?.neighbours ?? ["SOCIAL_TIES"]);
    const label = DOMAINS.find((d) => d.code === code)?.labelFr ?? code;
    targets.push({ level: "DOMAIN", code, label });
    domainLabel = label.toLowerCase();
  }
  if (kind === "DISSEMINATION" && rng.chance(0.5)) {
    targets.push({ level: "REGION", code: where.commune.region, label: where.values.reg! });
  }
  const values = { target: targetText, domain: domainLabel, policy: rng.pick(PUBLIC_POLICIES), scheme: rng.pick(EXISTING_SCHEMES) };
  const milestoneCount = rng.between(1, 3);
  const milestones = template.milestones.slice(0, milestoneCount).map((title, index) => {
    // Milestones after the start of the plan: 4 to 7 months, then every 8 months or so.
    const months = startMonth - 1 + 4 + index * 8 + rng.int(4);
    const due = iso(startYear + Math.floor(months / 12), (months % 12) + 1, 28);
    const done = (status === "ACHIEVED" || (status === "UNDER_WAY" && rng.chance(0.6))) && due <= SEED_TODAY;
    return { key: `${key}-m${index}`, title, dueDate: due, done };
  });
  const funding = rng.chance(0.6)
    ? rng.sample(template.funding, rng.between(1, 2)).map((mechanism) => {
        const sought = 5000 * rng.between(2, 60);
        return { mechanism, amountSought: sought, amountObtained: status === "ACHIEVED" || status === "UNDER_WAY" ? Math.round(sought * rng.next()) : null, note: rng.pick(FUNDING_NOTES[mechanism] ?? [""]) };
      })
    : [];
  return {
    key,
    kind,
    title: fill(rng.pick(template.titles), values),
    description: fill(rng.pick(template.descriptions), values),
    status,
    startDate,
    neededResources: rng.chance(0.7) ? rng.pick(template.neededResources) : "",
    obstacles: rng.chance(0.6) ? rng.pick(template.obstacles) : "",
    targets,
    milestones,
    funding,
  };
}
