// Demo impact data: plausible, modest baselines, targets and yearly measurements.
import type { Rng } from "./rng";

type Unit = "COUNT" | "PERCENT" | "EUR" | "HOURS" | "SCORE_1_5" | "RATIO";

/** Typical [baseline range, target range] and the usual source of a measurement, per catalogue code. */
export const CATALOGUE_RANGES: Readonly<Record<string, { baseline: [number, number]; target: [number, number]; source: string }>> = {
  PARTNERS_INVOLVED: { baseline: [2, 5], target: [8, 20], source: "Liste des partenaires actifs" },
  JOBS_CREATED_KEPT: { baseline: [0, 3], target: [5, 25], source: "Déclaration annuelle des partenaires" },
  PEOPLE_REACHED: { baseline: [20, 150], target: [200, 1200], source: "Registre des participants dédoublonné" },
  ORGANISATIONS_SERVED: { baseline: [5, 30], target: [50, 200], source: "Fichier des organisations servies" },
  VOLUNTEER_HOURS: { baseline: [100, 800], target: [1000, 5000], source: "Feuilles de présence et conventions de mécénat" },
  FUNDS_RAISED: { baseline: [5000, 40000], target: [50000, 250000], source: "Conventions et attestations de versement" },
  PARTNER_SATISFACTION: { baseline: [40, 60], target: [75, 90], source: "Questionnaire annuel aux partenaires" },
  LEVERAGE_RATIO: { baseline: [1.1, 1.8], target: [2.5, 4], source: "Budget réalisé" },
  JOINT_SOLUTIONS: { baseline: [0, 1], target: [3, 8], source: "Revue annuelle en comité de pilotage" },
  EXPERIMENTS_RUN: { baseline: [0, 1], target: [3, 6], source: "Bilans d'expérimentation présentés en comité" },
  REPLICATIONS: { baseline: [0, 0], target: [2, 5], source: "Registre des essaimages" },
  METHODS_SHARED: { baseline: [0, 0], target: [2, 4], source: "Documents publiés sous licence ouverte" },
  CROSS_SECTOR_PROJECTS: { baseline: [0, 2], target: [4, 10], source: "Recensement annuel des projets" },
  PUBLIC_POLICY_UPTAKE: { baseline: [0, 0], target: [1, 3], source: "Délibérations et conventions" },
  PEER_VISITS: { baseline: [0, 2], target: [6, 15], source: "Registre des visites" },
  PARTNER_TRUST_SCORE: { baseline: [2.6, 3.4], target: [4, 4.5], source: "Enquête annuelle auprès des partenaires" },
  PARTNER_RETENTION: { baseline: [55, 75], target: [85, 95], source: "Comparaison des listes de partenaires" },
  NEW_COOPERATIONS: { baseline: [0, 2], target: [5, 12], source: "Bilan annuel des partenaires" },
  MEETING_ATTENDANCE: { baseline: [45, 65], target: [75, 90], source: "Feuilles d'émargement" },
  CONFLICTS_UNRESOLVED: { baseline: [2, 5], target: [0, 1], source: "Comptes rendus du comité" },
};

/** Rounds a value the way its unit is reported. */
export function roundFor(unit: Unit, value: number): number {
  switch (unit) {
    case "SCORE_1_5":
      return Math.min(5, Math.max(1, Math.round(value * 10) / 10));
    case "RATIO":
      return Math.max(0, Math.round(value * 10) / 10);
    case "PERCENT":
      return Math.min(100, Math.max(0, Math.round(value)));
    case "EUR":
      return Math.max(0, Math.round(value / 100) * 100);
    default:
      return Math.max(0, Math.round(value));
  }
}

export function between(rng: Rng, [min, max]: [number, number]): number {
  return min + rng.next() * (max - min);
}

/**
 * Yearly measurements that move from the baseline towards the target (not always steadily):
 * `years` values, the last one about halfway or more.
 */
export function progression(rng: Rng, unit: Unit, baseline: number, target: number, years: number): number[] {
  const values: number[] = [];
  for (let k = 1; k <= years; k++) {
    const progress = (k / (years + 1)) * (0.8 + rng.next() * 0.5) - (rng.chance(0.15) ? 0.1 : 0);
    values.push(roundFor(unit, baseline + (target - baseline) * Math.max(0, progress)));
  }
  return values;
}

export const MEASUREMENT_COMMENTS: readonly string[] = [
  "Taux de réponse au questionnaire : 80 %.",
  "Chiffre consolidé en comité de pilotage.",
  "Baisse liée au départ d'un partenaire en cours d'année.",
  "Première année complète de fonctionnement.",
];
