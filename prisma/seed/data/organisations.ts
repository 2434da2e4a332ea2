// Generic organisation names per partner type (fictional, placeholders as in domain-content),
// and whether an organisation belongs to a commune or to a wider territory.

export type PartnerTypeCode = "COMPANY" | "ASSOCIATION" | "LOCAL_AUTHORITY" | "NATIONAL_PUBLIC_ACTOR" | "FOUNDATION" | "ACADEMIC" | "NETWORK" | "CITIZEN_GROUP";
export type PartnerRoleCode = "PILOT" | "MEMBER" | "FUNDER" | "PUBLIC_PARTNER" | "OPERATOR";

export const PARTNER_TYPE_LIST: readonly PartnerTypeCode[] = ["COMPANY", "ASSOCIATION", "LOCAL_AUTHORITY", "NATIONAL_PUBLIC_ACTOR", "FOUNDATION", "ACADEMIC", "NETWORK", "CITIZEN_GROUP"];

export const GENERIC_ORGANISATIONS: Readonly<Record<PartnerTypeCode, readonly string[]>> = {
  COMPANY: [
    "{c} Services",
    "Boulangerie du Centre {dc}",
    "Imprimerie {c}",
    "Menuiserie {c}",
    "Cabinet comptable {c} Conseil",
    "Groupe {c} Industries",
    "SCOP Bâtir {c}",
    "Banque coopérative – agence {dc}",
    "Hôtel-restaurant du Commerce {dc}",
    "Laboratoire {c} Cosmétiques",
    "Électricité générale {c}",
    "Agence de communication {c} Média",
  ],
  ASSOCIATION: [
    "Association des familles {dc}",
    "Les Amis {dc}",
    "Maison des jeunes et de la culture {dc}",
    "Entraide {c}",
    "Centre social {dc}",
    "Association sportive {dc}",
    "Comité des fêtes {dc}",
  ],
  LOCAL_AUTHORITY: ["{town} {dc}", "Centre communal d'action sociale {dc}", "{departementAuthority}", "{epciName}", "{regionAuthority}"],
  NATIONAL_PUBLIC_ACTOR: [
    "France Travail – agence {dc}",
    "Caisse d'allocations familiales {dd}",
    "Banque des Territoires – direction régionale {reg}",
    "Caisse primaire d'assurance maladie {dd}",
    "Agence régionale de santé {reg}",
  ],
  FOUNDATION: ["Fondation territoriale {dd}", "Fondation d'entreprise {c} Solidarités", "Fonds de dotation {c} Solidaire", "Fondation pour l'initiative locale {reg}"],
  ACADEMIC: ["Lycée professionnel {dc}", "Collège public {dc}", "IUT {dd}", "Université – antenne {dc}", "École d'ingénieurs {dc}"],
  NETWORK: ["Club d'entreprises {dc}", "Réseau d'entrepreneurs {dd}", "Chambre régionale de l'économie sociale et solidaire {reg}", "Réseau des acteurs de l'ESS {dd}", "Fédération des centres sociaux {dd}"],
  CITIZEN_GROUP: ["Collectif citoyen {dc}", "Conseil de quartier {dc}", "Habitants solidaires {dc}"],
};

/** Organisations known at the scale of a département, région or EPCI carry no commune. */
export function isWiderThanCommune(template: string): boolean {
  return /\{(dd|reg|dep|departementAuthority|epciName|regionAuthority)\}/.test(template) && !/\{(c|dc|ac|town)\}/.test(template);
}

/** Typical roles by type, most likely first. */
export const ROLES_BY_TYPE: Readonly<Record<PartnerTypeCode, readonly (readonly [PartnerRoleCode, number])[]>> = {
  COMPANY: [["MEMBER", 5], ["FUNDER", 3], ["OPERATOR", 2], ["PILOT", 2]],
  ASSOCIATION: [["OPERATOR", 5], ["MEMBER", 4], ["PILOT", 3]],
  LOCAL_AUTHORITY: [["PUBLIC_PARTNER", 6], ["FUNDER", 3], ["PILOT", 1]],
  NATIONAL_PUBLIC_ACTOR: [["PUBLIC_PARTNER", 5], ["FUNDER", 3]],
  FOUNDATION: [["FUNDER", 7], ["MEMBER", 2]],
  ACADEMIC: [["MEMBER", 5], ["OPERATOR", 2]],
  NETWORK: [["MEMBER", 4], ["PILOT", 3], ["OPERATOR", 1]],
  CITIZEN_GROUP: [["MEMBER", 5], ["OPERATOR", 2], ["PILOT", 1]],
};

export const ROLE_DESCRIPTIONS: Readonly<Record<PartnerRoleCode, readonly string[]>> = {
  PILOT: ["Porte l'alliance et anime le comité de pilotage.", "A lancé la dynamique et coordonne les partenaires."],
  MEMBER: ["Participe aux instances et apporte ses compétences.", "Met à disposition du temps de salariés en mécénat de compétences.", "Prête ses locaux pour les actions de l'alliance."],
  FUNDER: ["Finance une partie des actions.", "Soutient l'alliance par du mécénat financier."],
  PUBLIC_PARTNER: ["Partenaire public : soutien technique et financier, mise à disposition de locaux.", "Relaie l'action auprès des services publics du territoire."],
  OPERATOR: ["Met en œuvre les actions auprès des bénéficiaires.", "Accueille et accompagne les personnes."],
};
