// Deterministic generation of plausible catalysts, organisations and alliances spread over
// real French communes (every région, overseas included). Same seed, same data, anywhere.
import { allCommunes, getCoordinatePrecision, getDepartement, listRegions, type Commune } from "@/lib/geo/communes";
import { DOMAINS } from "@/lib/reference/domains";
import type { AllianceDraftInput } from "@/lib/validation/alliance";
import { ALLIANCE_STAGES, LEGAL_STRUCTURES, PARTNER_ROLES, SCALING_KINDS, SCALING_STATUSES, SUCCESS_FACTORS } from "@/lib/validation/alliance";

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

const FIRST = ["Camille", "Claire", "Julien", "Sophie", "Nicolas", "Isabelle", "Thomas", "Nathalie", "Mathieu", "Céline", "Antoine", "Émilie", "Pierre", "Aurélie", "François", "Léa", "Hugo", "Manon", "Karim", "Fatima", "Yannick", "Sandrine", "Olivier", "Marion", "Rachid", "Élodie", "Bruno", "Chloé", "Jérôme", "Inès", "Laurent", "Anne", "Mehdi", "Hélène", "Stéphane", "Aïcha", "Vincent", "Pauline", "Gaëlle", "Lucas", "Maëlle", "Sébastien", "Delphine", "Cédric", "Nadia", "Romain", "Agnès", "Tiphaine", "Loïc", "Marie"];
const LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Le Gall"];

export function personName(rng: Rng): { first: string; last: string } {
  return { first: rng.pick(FIRST), last: rng.pick(LAST) };
}

export function emailPart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");
}

type DomainTemplate = { names: string[]; summary: string; objective: string; description: string };

const TEMPLATES: Record<string, DomainTemplate> = {
  AGEING: { names: ["Bien vieillir à {c}", "Aînés connectés {c}", "Seniors et solidarités {c}"], summary: "Entreprises, associations et collectivité s'allient pour que les aînés de {c} restent actifs et entourés.", objective: "Rompre l'isolement de {n} personnes âgées de {c} d'ici {y} grâce à des visites et des activités régulières.", description: "Des bénévoles, des entreprises du territoire et les services de la commune organisent visites, ateliers et sorties pour les aînés isolés." },
  DIGITAL_INCLUSION: { names: ["Numérique pour tous {c}", "Connectés ensemble {c}", "Clic solidaire {c}"], summary: "Une alliance pour que personne ne reste à l'écart du numérique à {c}.", objective: "Accompagner {n} habitants de {c} dans leurs démarches numériques d'ici {y}.", description: "Des entreprises prêtent des salariés et du matériel reconditionné, des associations animent des permanences, la collectivité ouvre ses lieux." },
  EMPLOYMENT: { names: ["Territoire zéro chômeur {c}", "Emploi ensemble {c}", "Tremplin {c}"], summary: "Entreprises et acteurs de l'insertion de {c} se mobilisent pour l'emploi des personnes qui en sont éloignées.", objective: "Permettre à {n} personnes éloignées de l'emploi de {c} de trouver un emploi durable d'ici {y}.", description: "Parrainage par des salariés, immersions en entreprise et formations courtes co-construites avec les employeurs du bassin." },
  DISABILITY: { names: ["Handicap et entreprises {c}", "Inclusion {c}", "Ensemble sans barrières {c}"], summary: "Une alliance pour l'inclusion des personnes en situation de handicap dans la vie et l'emploi à {c}.", objective: "Accompagner {n} personnes en situation de handicap vers l'emploi ou la formation à {c} d'ici {y}.", description: "Entreprises, établissements spécialisés et associations partagent leurs savoir-faire pour ouvrir des postes adaptés." },
  PRECARITY: { names: ["Solidarités {c}", "Coup de pouce {c}", "Filet solidaire {c}"], summary: "Associations, entreprises et collectivité coordonnent leurs aides aux personnes en précarité à {c}.", objective: "Réduire de moitié d'ici {y} le délai d'accès à une aide pour les {n} ménages accompagnés à {c}.", description: "Un guichet partagé, des dons d'entreprises et des bénévoles formés pour orienter sans délai." },
  EDUCATION: { names: ["Réussite éducative {c}", "Jeunes d'avenir {c}", "Cap jeunesse {c}"], summary: "Écoles, entreprises et associations de {c} s'allient pour la réussite des jeunes.", objective: "Offrir à {n} jeunes de {c} un stage ou un mentorat de qualité d'ici {y}.", description: "Stages de découverte, mentorat par des salariés et soutien scolaire assuré par des associations." },
  HEALTH: { names: ["Santé de proximité {c}", "Prévention ensemble {c}", "Bien-être {c}"], summary: "Une alliance pour rapprocher prévention et soins des habitants de {c}.", objective: "Faire bénéficier {n} habitants de {c} d'un dépistage ou d'un atelier de prévention d'ici {y}.", description: "Professionnels de santé, mutuelles, entreprises et associations organisent ensemble des actions de prévention." },
  ENVIRONMENT: { names: ["Transition {c}", "Territoire durable {c}", "Économie circulaire {c}"], summary: "Entreprises, associations et collectivité de {c} accélèrent ensemble la transition écologique.", objective: "Éviter {n} tonnes de déchets par an à {c} d'ici {y} grâce au réemploi.", description: "Collecte, réparation et réemploi organisés entre entreprises, recycleries et services de la collectivité." },
  MOBILITY: { names: ["Mobilité solidaire {c}", "En route {c}", "Covoiturage solidaire {c}"], summary: "Une alliance pour que le transport ne soit plus un frein à l'emploi et aux soins à {c}.", objective: "Proposer une solution de mobilité à {n} personnes sans véhicule à {c} d'ici {y}.", description: "Garage solidaire, prêt de véhicules par des entreprises et covoiturage organisé avec la collectivité." },
  FOOD: { names: ["Alimentation durable {c}", "Du champ à l'assiette {c}", "Paniers solidaires {c}"], summary: "Producteurs, entreprises et associations de {c} rendent une alimentation de qualité accessible à tous.", objective: "Distribuer {n} paniers de produits locaux à prix solidaire à {c} d'ici {y}.", description: "Un circuit court qui relie producteurs locaux, épiceries solidaires et cantines d'entreprise." },
  CULTURE: { names: ["Culture partagée {c}", "Scènes ouvertes {c}", "Patrimoine vivant {c}"], summary: "Une alliance pour faire vivre la culture avec et pour tous les habitants de {c}.", objective: "Faire participer {n} habitants éloignés de la culture à un projet artistique à {c} d'ici {y}.", description: "Lieux culturels, mécènes locaux et associations de quartier co-construisent une programmation." },
  HOUSING: { names: ["Habitat solidaire {c}", "Toit partagé {c}", "Logement d'abord {c}"], summary: "Bailleurs, entreprises et associations de {c} s'allient pour l'accès au logement.", objective: "Loger durablement {n} personnes sans solution de {c} d'ici {y}.", description: "Logements mobilisés par des bailleurs, accompagnement associatif et soutien des entreprises au mobilier." },
  LOCAL_ECONOMY: { names: ["Entreprendre ensemble {c}", "Commerce vivant {c}", "Club des acteurs {c}"], summary: "Entreprises, associations et collectivité de {c} renforcent ensemble l'économie locale.", objective: "Accompagner {n} créations ou reprises d'activité à {c} d'ici {y}.", description: "Parrainage de créateurs, achats responsables entre partenaires et lieux partagés." },
  SOCIAL_TIES: { names: ["Voisins solidaires {c}", "Lien social {c}", "Maison commune {c}"], summary: "Une alliance d'habitants, d'associations et d'entreprises pour retisser le lien social à {c}.", objective: "Réunir {n} habitants de {c} dans des actions solidaires de quartier d'ici {y}.", description: "Fêtes de quartier, entraide entre voisins et tiers-lieu animé par les partenaires." },
};

const ORG_PATTERNS: Record<string, string[]> = {
  COMPANY: ["{c} Services", "Boulangerie du Centre de {c}", "Transports {l}", "Banque Populaire de {c}", "Imprimerie {l}", "{l} Numérique", "Garage {l}", "Coopérative agricole de {c}"],
  ASSOCIATION: ["Secours solidaire de {c}", "Association des familles de {c}", "Les Amis de {c}", "Maison des jeunes de {c}", "Entraide {c}", "Association Culture et loisirs de {c}"],
  LOCAL_AUTHORITY: ["Ville de {c}", "Centre communal d'action sociale de {c}", "Conseil départemental – {d}"],
  NATIONAL_PUBLIC_ACTOR: ["France Travail – agence de {c}", "Caisse d'allocations familiales – {d}", "Banque des Territoires – {d}"],
  FOUNDATION: ["Fondation territoriale de {d}", "Fondation d'entreprise {l}", "Fonds de dotation {c} Solidaire"],
  ACADEMIC: ["Lycée professionnel de {c}", "IUT de {d}", "Université – antenne de {c}"],
  NETWORK: ["Réseau Entreprendre {d}", "Club des entreprises de {c}", "Réseau des acteurs de l'ESS – {d}"],
  CITIZEN_GROUP: ["Collectif citoyen de {c}", "Conseil de quartier de {c}", "Habitants solidaires de {c}"],
};

export type GeneratedPartner = { name: string; type: string; communeInsee: string | null; role: string };
export type GeneratedAlliance = { slug: string; commune: Commune; draft: AllianceDraftInput & { partners?: never }; partners: GeneratedPartner[] };

let communePool: { all: Commune[]; byRegion: Map<string, Commune[]> } | null = null;
function pool() {
  if (!communePool) {
    const placed = allCommunes().filter((c) => getCoordinatePrecision(c.insee) === "place" && c.population >= 1000);
    const byRegion = new Map<string, Commune[]>();
    for (const commune of placed) byRegion.set(commune.region, [...(byRegion.get(commune.region) ?? []), commune]);
    communePool = { all: placed, byRegion };
  }
  return communePool;
}

/** A commune: the first 36 alliances go round the 18 régions, then weighted by population. */
export function pickCommune(rng: Rng, index: number): Commune {
  const { all, byRegion } = pool();
  const regions = listRegions();
  if (index < regions.length * 2) {
    const region = regions[index % regions.length]!;
    return rng.pick(byRegion.get(region.code) ?? all);
  }
  // Population-weighted without building cumulative arrays each time: rejection sampling.
  for (;;) {
    const candidate = rng.pick(all);
    if (rng.next() < Math.min(1, Math.sqrt(candidate.population) / 300)) return candidate;
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? "");
}

const YEARS = ["2026", "2027", "2028"];

export function generateAlliance(rng: Rng, index: number, slugPrefix: string): GeneratedAlliance {
  const commune = pickCommune(rng, index);
  const departement = getDepartement(commune.departement)?.name ?? commune.departement;
  const primary = DOMAINS[index % DOMAINS.length]!;
  const domains = new Set([primary.code]);
  if (rng.chance(0.6)) domains.add(rng.pick(DOMAINS).code);
  const template = TEMPLATES[primary.code]!;
  const values = { c: commune.name, d: departement, n: String(10 * (2 + rng.int(60))), y: rng.pick(YEARS), l: commune.name.split(/[- ]/)[0] ?? commune.name };
  const name = fill(rng.pick(template.names), values);
  const stage = ALLIANCE_STAGES[rng.int(ALLIANCE_STAGES.length)]!;
  const startYear = 2008 + rng.int(18);
  const types = Object.keys(ORG_PATTERNS);
  const partnerCount = 2 + rng.int(4);
  const partners: GeneratedPartner[] = [];
  const usedNames = new Set<string>();
  for (let p = 0; p < partnerCount; p++) {
    // The first two partners are of different types: that is what makes an alliance.
    const type = p === 0 ? "COMPANY" : p === 1 ? rng.pick(["ASSOCIATION", "LOCAL_AUTHORITY", "FOUNDATION", "NETWORK"]) : rng.pick(types);
    const orgName = fill(rng.pick(ORG_PATTERNS[type]!), values);
    if (usedNames.has(orgName)) continue;
    usedNames.add(orgName);
    const national = type === "NATIONAL_PUBLIC_ACTOR" || orgName.includes("{d}");
    partners.push({ name: orgName, type, communeInsee: national ? null : commune.insee, role: p === 0 ? "PILOT" : PARTNER_ROLES[1 + rng.int(PARTNER_ROLES.length - 1)]! });
  }
  const scalingPlans: NonNullable<AllianceDraftInput["scalingPlans"]> = [];
  if (stage === "SCALING" || rng.chance(0.2)) {
    const kind = SCALING_KINDS[index % SCALING_KINDS.length]!;
    const neighbour = rng.pick(pool().byRegion.get(commune.region) ?? pool().all);
    scalingPlans.push({
      key: `${slugPrefix}p${index}`,
      kind,
      title: kind === "GEOGRAPHIC" ? `Essaimer à ${neighbour.name}` : kind === "SECTORAL" ? "Appliquer le modèle à un autre besoin" : kind === "MODELLING" ? "Écrire la méthode et un kit d'animation" : kind === "DISSEMINATION" ? "Faire connaître la démarche dans les réseaux" : kind === "PUBLIC_POLICY" ? "Inscrire la démarche dans une politique publique" : "S'appuyer sur un dispositif existant",
      status: SCALING_STATUSES[rng.int(SCALING_STATUSES.length)]!,
      startDate: `${startYear + 2}-01-01`,
      targets: kind === "GEOGRAPHIC" ? [{ level: "COMMUNE", code: neighbour.insee, label: neighbour.name }] : kind === "SECTORAL" ? [{ level: "DOMAIN", code: rng.pick(DOMAINS).code, label: "" }] : [],
      milestones: [{ key: `${slugPrefix}m${index}`, title: "Premier comité de pilotage élargi", dueDate: `${startYear + 2}-06-30`, done: rng.chance(0.5) }],
      funding: [],
    });
  }
  return {
    slug: `${slugPrefix}${index}`,
    commune,
    partners,
    draft: {
      name,
      summary: fill(template.summary, values),
      description: fill(template.description, values),
      objective: fill(template.objective, values),
      territory: { communeInsee: commune.insee, scale: rng.pick(["COMMUNE", "COMMUNE", "INTERCOMMUNALITY", "DEPARTEMENT"] as const) },
      domainCodes: [...domains],
      stage,
      startDate: `${startYear}-${String(1 + rng.int(12)).padStart(2, "0")}-01`,
      legalStructure: rng.chance(0.8) ? LEGAL_STRUCTURES[rng.int(LEGAL_STRUCTURES.length - 1)]! : null,
      funding: [{ source: rng.pick(["Collectivité", "Mécénat d'entreprises", "Fondation territoriale", "Fonds européens", "Ressources propres"]), kind: rng.pick(["PUBLIC", "PATRONAGE", "PRIVATE", "OWN_RESOURCES"] as const), amountEur: 1000 * (5 + rng.int(120)) }],
      fundingVisibility: rng.pick(["PUBLIC", "NETWORK", "PRIVATE"] as const),
      successFactors: SUCCESS_FACTORS.filter(() => rng.chance(0.4)).map((factor) => ({ factor, score: 1 + rng.int(4), comment: "" })),
      welcomesVisits: rng.chance(0.55),
      contact: { name: "", email: "", phone: "", visibility: "NETWORK" },
      scalingPlans,
    },
  };
}
