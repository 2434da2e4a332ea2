// The action domains (the needs an alliance addresses): a fixed list, identified by stable
// codes, whose labels admins may edit. The seed upserts it; the test setup inserts it as is,
// so each entry has exactly the columns of the Domain table.
export type DomainDefinition = { code: string; labelFr: string; labelEn: string; position: number };

export const DOMAINS: readonly DomainDefinition[] = [
  { code: "AGEING", labelFr: "Vieillissement et silver économie", labelEn: "Ageing and the silver economy", position: 1 },
  { code: "DIGITAL_INCLUSION", labelFr: "Inclusion numérique", labelEn: "Digital inclusion", position: 2 },
  { code: "EMPLOYMENT", labelFr: "Emploi et insertion", labelEn: "Employment and integration", position: 3 },
  { code: "DISABILITY", labelFr: "Handicap", labelEn: "Disability", position: 4 },
  { code: "PRECARITY", labelFr: "Précarité et pauvreté", labelEn: "Precarity and poverty", position: 5 },
  { code: "EDUCATION", labelFr: "Éducation et jeunesse", labelEn: "Education and youth", position: 6 },
  { code: "HEALTH", labelFr: "Santé", labelEn: "Health", position: 7 },
  { code: "ENVIRONMENT", labelFr: "Environnement et transition écologique", labelEn: "Environment and ecological transition", position: 8 },
  { code: "MOBILITY", labelFr: "Mobilité", labelEn: "Mobility", position: 9 },
  { code: "FOOD", labelFr: "Alimentation", labelEn: "Food", position: 10 },
  { code: "CULTURE", labelFr: "Culture", labelEn: "Culture", position: 11 },
  { code: "HOUSING", labelFr: "Logement", labelEn: "Housing", position: 12 },
  { code: "LOCAL_ECONOMY", labelFr: "Développement économique local", labelEn: "Local economic development", position: 13 },
  { code: "SOCIAL_TIES", labelFr: "Lien social", labelEn: "Social ties", position: 14 },
];

export const DOMAIN_CODES: readonly string[] = DOMAINS.map((domain) => domain.code);

/** French label of a domain code (the code itself if unknown). */
export function domainLabelFr(code: string): string {
  return DOMAINS.find((domain) => domain.code === code)?.labelFr ?? code;
}
