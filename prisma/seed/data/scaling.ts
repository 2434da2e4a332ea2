// Scaling plans (plans de changement d'échelle), documents and funding sources for generated
// alliances. The kinds are the ones the sources name.

export type ScalingKindCode = "GEOGRAPHIC" | "SECTORAL" | "PUBLIC_POLICY" | "EXISTING_SCHEME" | "DISSEMINATION" | "MODELLING";

export type ScalingTemplate = {
  titles: string[];
  descriptions: string[];
  neededResources: string[];
  obstacles: string[];
  milestones: string[];
  funding: ("PUBLIC_FUNDING" | "PRIVATE_FUNDERS" | "SOCIAL_IMPACT_BOND" | "TERRITORIAL_FOUNDATION" | "CROWDFUNDING" | "PATRONAGE")[];
};

// Placeholders: {target} (a commune or a département, with its preposition: "à Niort", "dans la Vienne"),
// {domain} (a domain label in lower case), {scheme}, {policy}.
export const SCALING_TEMPLATES: Readonly<Record<ScalingKindCode, ScalingTemplate>> = {
  GEOGRAPHIC: {
    titles: ["Essaimer {target}", "Accompagner une nouvelle alliance {target}", "Reprendre la démarche {target}"],
    descriptions: [
      "Accompagner les acteurs {target} qui veulent reprendre la démarche : partage des outils, visites croisées, parrainage par un partenaire de l'alliance pendant la première année.",
      "Un club d'entreprises et une collectivité {target} ont demandé à venir voir l'alliance ; l'objectif est qu'une alliance sœur démarre avec ses propres partenaires.",
    ],
    neededResources: ["Un temps de coordination à mi-temps pendant un an ; des frais de déplacement pour les visites croisées.", "Un binôme de partenaires disponibles pour parrainer le nouveau territoire."],
    obstacles: ["Trouver un pilote local légitime ; financer l'amorçage.", "Le risque de copier sans adapter au contexte local."],
    milestones: ["Visite de l'alliance par les acteurs du nouveau territoire", "Premier comité de pilotage de l'alliance sœur", "Signature de la charte par les partenaires du nouveau territoire"],
    funding: ["PUBLIC_FUNDING", "TERRITORIAL_FOUNDATION", "PATRONAGE"],
  },
  SECTORAL: {
    titles: ["Appliquer le modèle à un nouveau besoin : {domain}", "Étendre l'alliance au champ suivant : {domain}"],
    descriptions: [
      "Avec les mêmes partenaires et la même méthode, répondre à un autre besoin du territoire, ici : {domain}. De nouveaux partenaires spécialisés rejoignent l'alliance.",
      "Les partenaires ont constaté que la confiance construite ensemble pouvait servir à un autre besoin, ici : {domain} ; un groupe de travail prépare une première action.",
    ],
    neededResources: ["Un diagnostic partagé du nouveau besoin ; l'arrivée d'un partenaire spécialisé.", "Du temps des partenaires pour un groupe de travail de six mois."],
    obstacles: ["Ne pas disperser l'énergie des partenaires.", "Les financements sont souvent cloisonnés par thématique."],
    milestones: ["Diagnostic partagé du nouveau besoin", "Arrivée d'un partenaire spécialisé", "Première action sur le nouveau besoin"],
    funding: ["PRIVATE_FUNDERS", "PATRONAGE", "PUBLIC_FUNDING"],
  },
  PUBLIC_POLICY: {
    titles: ["Inscrire la démarche dans {policy}", "Faire de l'alliance un dispositif public durable"],
    descriptions: [
      "Capitaliser sur les résultats de l'expérimentation pour qu'ils soient repris dans {policy}, avec un financement pérenne.",
      "Présenter le bilan aux élus et aux services de l'État pour transformer l'action en politique publique locale.",
    ],
    neededResources: ["Un bilan chiffré et des témoignages ; des rencontres avec les élus.", "Une évaluation externe de l'expérimentation."],
    obstacles: ["Les calendriers budgétaires des collectivités.", "Garder l'agilité de l'alliance une fois devenue dispositif public."],
    milestones: ["Présentation du bilan aux élus", "Délibération ou convention de reprise", "Premier financement pluriannuel"],
    funding: ["PUBLIC_FUNDING", "SOCIAL_IMPACT_BOND"],
  },
  EXISTING_SCHEME: {
    titles: ["S'appuyer sur un dispositif existant plutôt que créer une structure", "Intégrer l'action {scheme}"],
    descriptions: [
      "Plutôt que de créer une nouvelle structure, intégrer l'action {scheme}, qui dispose déjà des moyens et de la légitimité nécessaires.",
      "Les nouveaux projets de l'alliance passeront par les dispositifs qui existent déjà sur le territoire, ici {scheme}, pour éviter les doublons.",
    ],
    neededResources: ["Une convention avec le porteur du dispositif existant.", "Un temps d'appropriation par les équipes du dispositif."],
    obstacles: ["Perdre en visibilité pour les partenaires.", "Adapter les critères du dispositif au public de l'alliance."],
    milestones: ["Rencontre avec le porteur du dispositif", "Signature d'une convention", "Premières personnes accompagnées dans le cadre du dispositif"],
    funding: ["PUBLIC_FUNDING", "PRIVATE_FUNDERS"],
  },
  DISSEMINATION: {
    titles: ["Faire connaître la démarche dans les réseaux des partenaires", "Diffuser le bilan dans les réseaux et les médias"],
    descriptions: [
      "Chaque partenaire présente le bilan de l'alliance dans ses propres réseaux, régionaux et nationaux ; la presse locale et les rencontres du réseau des catalyseurs prennent le relais.",
      "Publier le bilan annuel, témoigner lors de rencontres entre pairs et accueillir les porteurs de projet qui veulent venir voir.",
    ],
    neededResources: ["Un bilan lisible et des témoignages filmés.", "Du temps de partenaires pour témoigner."],
    obstacles: ["Le temps disponible des bénévoles.", "Passer de la visibilité à des reprises effectives."],
    milestones: ["Publication du bilan annuel", "Intervention aux rencontres régionales du réseau", "Article dans la presse locale"],
    funding: ["PATRONAGE", "CROWDFUNDING"],
  },
  MODELLING: {
    titles: ["Écrire la méthode et créer un kit d'animation", "Formaliser la démarche pour qu'elle soit reprise"],
    descriptions: [
      "Mettre par écrit la façon dont l'alliance s'est construite et créer des kits d'animation, sous licence ouverte, pour que d'autres structures puissent s'emparer de l'initiative.",
      "Formaliser la démarche : guide méthodologique, fiches d'animation et modèles de convention, testés avec un territoire volontaire avant publication.",
    ],
    neededResources: ["Un temps de rédaction et de mise en forme ; un graphiste.", "Un territoire volontaire pour tester le kit."],
    obstacles: ["Rendre transmissible ce qui repose sur des personnes.", "Financer la mise à jour du kit dans la durée."],
    milestones: ["Première version du guide méthodologique", "Test du kit avec un territoire volontaire", "Publication du kit sous licence ouverte"],
    funding: ["PRIVATE_FUNDERS", "TERRITORIAL_FOUNDATION", "PATRONAGE"],
  },
};

export const PUBLIC_POLICIES: readonly string[] = [
  "le schéma départemental de l'autonomie",
  "le contrat de ville",
  "le projet de territoire de l'intercommunalité",
  "le programme régional de l'économie sociale et solidaire",
  "le plan départemental d'insertion",
  "le contrat local de santé",
];

export const EXISTING_SCHEMES: readonly string[] = [
  "au réseau des centres sociaux du territoire",
  "à l'offre des maisons France services",
  "au plan local pour l'insertion et l'emploi",
  "au programme d'un réseau associatif national déjà présent localement",
  "au projet éducatif de territoire",
  "au dispositif d'accompagnement des associations porté par le département",
];

export const FUNDING_NOTES: Readonly<Record<string, readonly string[]>> = {
  PUBLIC_FUNDING: ["Appel à projets de la région", "Crédits de l'État pour l'essaimage d'innovations sociales", "Contrat avec l'intercommunalité"],
  PRIVATE_FUNDERS: ["Acteurs privés intéressés par le modèle", "Entreprises du territoire"],
  SOCIAL_IMPACT_BOND: ["Étude d'un contrat à impact social avec l'État et des investisseurs"],
  TERRITORIAL_FOUNDATION: ["Fondation territoriale, tiers de confiance qui lève des fonds localement"],
  CROWDFUNDING: ["Campagne de financement participatif auprès des habitants"],
  PATRONAGE: ["Mécénat des entreprises partenaires", "Mécénat de compétences"],
};

/** Draft funding entries: [source, kind]. */
export const FUNDING_SOURCES: readonly (readonly [string, "PUBLIC" | "PRIVATE" | "PATRONAGE" | "OWN_RESOURCES" | "EUROPEAN" | "OTHER"])[] = [
  ["Commune", "PUBLIC"],
  ["Intercommunalité", "PUBLIC"],
  ["Département", "PUBLIC"],
  ["Région", "PUBLIC"],
  ["État (crédits déconcentrés)", "PUBLIC"],
  ["Fonds social européen", "EUROPEAN"],
  ["Mécénat des entreprises partenaires", "PATRONAGE"],
  ["Fondation d'entreprise", "PATRONAGE"],
  ["Fondation territoriale", "PRIVATE"],
  ["Cotisations des membres", "OWN_RESOURCES"],
  ["Vente de services", "OWN_RESOURCES"],
  ["Financement participatif", "OTHER"],
];

export const DOCUMENT_TEMPLATES: readonly { kind: "REPORT" | "ANIMATION_KIT" | "METHOD" | "PRESS" | "VIDEO" | "OTHER"; title: string; licences: ("CC-BY-4.0" | "CC-BY-SA-4.0" | "CC-BY-NC-4.0" | "CC0-1.0" | "LO-2.0" | "ALL-RIGHTS-RESERVED")[] }[] = [
  { kind: "REPORT", title: "Bilan annuel {y}", licences: ["CC-BY-4.0", "LO-2.0"] },
  { kind: "METHOD", title: "Guide méthodologique de l'alliance", licences: ["CC-BY-SA-4.0", "CC-BY-4.0"] },
  { kind: "ANIMATION_KIT", title: "Kit d'animation des ateliers", licences: ["CC-BY-SA-4.0", "CC-BY-NC-4.0"] },
  { kind: "PRESS", title: "Article de la presse locale ({y})", licences: ["ALL-RIGHTS-RESERVED"] },
  { kind: "VIDEO", title: "Vidéo de présentation de l'alliance", licences: ["CC-BY-4.0", "ALL-RIGHTS-RESERVED"] },
  { kind: "OTHER", title: "Charte de partenariat", licences: ["CC0-1.0", "CC-BY-4.0"] },
];
