// Text templates for generated alliances, one set per action domain. Placeholders:
// {c} commune, {ac} "à Poitiers", {dc} "de Poitiers", {dep} département, {dd} "de la Vienne",
// {reg} région, {n}/{n2} numbers, {y} target year. Fictional organisations only: names are
// generic ("Épicerie solidaire de …"), never a real brand presented as a partner.
import type { PartnerTypeCode } from "./organisations";

export type CustomIndicatorTemplate = {
  name: string;
  definition: string;
  unit: "COUNT" | "PERCENT" | "EUR" | "HOURS" | "SCORE_1_5" | "RATIO";
  register: "PERFORMANCE" | "INNOVATION" | "TRUST";
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  /** Typical baseline and target range (before scaling by the alliance's size). */
  baseline: [number, number];
  target: [number, number];
};

export type DomainContent = {
  names: string[];
  /** Three variants: summaries[i], objectives[i] and descriptions[i] tell the same story. */
  summaries: string[];
  objectives: string[];
  descriptions: string[];
  /** Range of {n} in objectives. */
  n: [number, number];
  n2?: [number, number];
  /** Domain-specific organisations (placeholders as above). */
  organisations: Partial<Record<PartnerTypeCode, string[]>>;
  /** Catalogue indicators that fit the domain best. */
  catalogue: string[];
  custom: CustomIndicatorTemplate[];
  /** Domains this model is often extended to (sectoral scaling). */
  neighbours: string[];
};

export const DOMAIN_CONTENT: Record<string, DomainContent> = {
  AGEING: {
    names: ["Bien vieillir {ac}", "Aînés connectés {dc}", "Réseau des aidants {dc}", "Générations solidaires {dc}", "Seniors en mouvement {ac}", "Alliance pour l'autonomie {dc}"],
    summaries: [
      "Une alliance qui rompt l'isolement des aînés {dc} grâce à des visites régulières, des ateliers et un réseau de voisins attentifs.",
      "Caisses de retraite, commerçants, bénévoles et services de la commune coordonnent leurs actions pour les seniors et leurs aidants {ac}.",
      "Entreprises, associations et collectivité s'allient {ac} pour que les personnes âgées restent actives, entourées et autonomes chez elles.",
    ],
    objectives: [
      "Rompre l'isolement de {n} personnes âgées vivant seules {ac} d'ici {y}, avec au moins une visite ou une activité par semaine pour chacune.",
      "Proposer d'ici {y} une solution de répit à {n} aidants familiaux {dc} et réduire de moitié la part des aidants qui déclarent n'avoir aucun relais.",
      "Faire participer {n} seniors {dc} chaque année, jusqu'en {y}, à un atelier de prévention (chutes, mémoire, nutrition, numérique).",
    ],
    descriptions: [
      "Le constat est venu des services de la commune : de plus en plus d'aînés vivent seuls, loin de leur famille, et les associations de visite ne suffisaient plus. L'alliance réunit un réseau de bénévoles, des commerçants qui repèrent les personnes fragiles, une caisse de retraite qui finance les ateliers et le centre communal d'action sociale qui coordonne.",
      "Les aidants familiaux sont au cœur de la démarche : une permanence d'information, des temps de répit et un groupe de parole animé par une association spécialisée, avec le soutien d'une mutuelle et de la commune.",
      "Chaque semaine, des binômes de bénévoles rendent visite aux aînés isolés ; une fois par mois, un atelier ouvert à tous (mémoire, équilibre, numérique) se tient dans un lieu prêté par un partenaire. Les entreprises partenaires offrent du temps de salariés en mécénat de compétences et le transport vers les activités.",
    ],
    n: [30, 400],
    organisations: {
      ASSOCIATION: ["Visites et Amitiés {dc}", "Club des aînés {dc}", "Association des aidants {dc}"],
      COMPANY: ["Services à domicile {c} Assistance", "Résidence seniors Les Tilleuls {dc}", "Mutuelle {c} Prévoyance"],
      LOCAL_AUTHORITY: ["Centre communal d'action sociale {dc}"],
      CITIZEN_GROUP: ["Voisins attentifs {dc}"],
    },
    catalogue: ["PEOPLE_REACHED", "VOLUNTEER_HOURS", "PARTNER_TRUST_SCORE", "PARTNERS_INVOLVED"],
    custom: [
      { name: "Visites réalisées auprès d'aînés isolés", definition: "Nombre de visites à domicile réalisées par les bénévoles de l'alliance sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [100, 600], target: [800, 2500] },
      { name: "Aînés déclarant se sentir moins seuls", definition: "Part des aînés suivis qui, au questionnaire annuel, se disent moins seuls qu'avant leur entrée dans le dispositif.", unit: "PERCENT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [30, 50], target: [65, 80] },
    ],
    neighbours: ["DIGITAL_INCLUSION", "HEALTH", "SOCIAL_TIES", "DISABILITY"],
  },
  DIGITAL_INCLUSION: {
    names: ["Numérique pour tous {ac}", "Connectés ensemble {ac}", "Clic solidaire {dc}", "Les Ateliers numériques {dc}", "Coup de pouce numérique {dc}"],
    summaries: [
      "Une alliance pour que personne ne reste à l'écart du numérique {ac} : du matériel reconditionné, des ateliers et un accompagnement aux démarches en ligne.",
      "Entreprises, associations et médiathèque {dc} s'organisent pour équiper et former les habitants éloignés du numérique.",
      "Des permanences de médiation numérique tenues ensemble par des associations, la collectivité et des salariés d'entreprises bénévoles.",
    ],
    objectives: [
      "Accompagner {n} habitants {dc} dans leurs démarches administratives en ligne d'ici {y}, et que la moitié d'entre eux les fassent ensuite seuls.",
      "Équiper {n} foyers {dc} en ordinateurs reconditionnés d'ici {y}, avec une formation de prise en main pour chacun.",
      "Ouvrir {n2} points d'accueil numérique {ac} d'ici {y}, tenus chaque semaine par des bénévoles formés, et y accueillir {n} personnes par an.",
    ],
    descriptions: [
      "L'alliance mise sur l'autonomie : après trois rendez-vous, chaque personne repart avec un équipement adapté, une adresse électronique qui fonctionne et la liste des lieux où trouver de l'aide.",
      "Tout est parti des agents d'accueil de la mairie, qui voyaient chaque jour des habitants bloqués devant une démarche en ligne. Une entreprise du territoire a donné ses ordinateurs en fin de vie, une structure d'insertion les reconditionne et des associations animent les ateliers.",
      "Les permanences se tiennent à la médiathèque, au centre social et dans les locaux d'un partenaire. Des salariés d'entreprises y donnent deux heures par mois en mécénat de compétences ; la collectivité forme les bénévoles et assure la communication.",
    ],
    n: [50, 600],
    n2: [2, 6],
    organisations: {
      ASSOCIATION: ["Espace public numérique {dc}", "Association Clic et Lien {dc}"],
      COMPANY: ["Informatique solidaire {c}", "{c} Numérique"],
      LOCAL_AUTHORITY: ["Médiathèque municipale {dc}"],
    },
    catalogue: ["PEOPLE_REACHED", "VOLUNTEER_HOURS", "JOINT_SOLUTIONS", "ORGANISATIONS_SERVED"],
    custom: [
      { name: "Démarches en ligne réalisées avec un accompagnement", definition: "Nombre de démarches administratives en ligne menées à bien lors des permanences de l'alliance.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [50, 300], target: [500, 1500] },
      { name: "Ordinateurs reconditionnés remis", definition: "Nombre d'ordinateurs reconditionnés remis à des foyers ou des associations, avec une prise en main.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [10, 80], target: [150, 500] },
    ],
    neighbours: ["AGEING", "EDUCATION", "EMPLOYMENT", "PRECARITY"],
  },
  EMPLOYMENT: {
    names: ["Emploi ensemble {ac}", "Tremplin {dc}", "Parrainage vers l'emploi {dc}", "Passerelles emploi {dc}", "Cap sur l'emploi {ac}"],
    summaries: [
      "Entreprises et acteurs de l'insertion {dc} se mobilisent ensemble pour l'emploi des personnes qui en sont éloignées.",
      "Un parrainage par des salariés, des immersions en entreprise et des formations construites avec les employeurs {dc}.",
      "Une alliance entre employeurs, structures d'insertion et service public de l'emploi pour pourvoir les postes vacants {ac} avec des habitants du territoire.",
    ],
    objectives: [
      "Permettre à {n} personnes éloignées de l'emploi {dc} d'accéder à un emploi durable (CDI ou CDD de plus de six mois) d'ici {y}.",
      "Organiser {n} immersions professionnelles par an dans les entreprises partenaires et transformer au moins une immersion sur trois en embauche d'ici {y}.",
      "Réduire de moitié d'ici {y} le nombre de postes restés vacants plus de trois mois chez les employeurs partenaires {dc}.",
    ],
    descriptions: [
      "Un comité réunit chaque mois les entreprises, les structures d'insertion et la collectivité pour examiner les parcours et lever les freins concrets : garde d'enfants, transport, permis de conduire.",
      "Chaque personne accompagnée est parrainée par un salarié d'une entreprise partenaire pendant six mois. Les immersions en entreprise permettent de découvrir un métier avant de s'y former ; les formations courtes sont construites avec les employeurs qui recrutent.",
      "Les employeurs du bassin peinaient à recruter pendant que des habitants restaient sans emploi à quelques kilomètres. L'alliance les met en relation : les entreprises décrivent leurs besoins réels, les structures d'insertion préparent les candidats et le service public de l'emploi assure le suivi.",
    ],
    n: [20, 250],
    organisations: {
      ASSOCIATION: ["Chantier d'insertion {dc}", "Mission locale {dc}"],
      COMPANY: ["Entreprise d'insertion {c} Environnement", "Groupement d'employeurs {dd}"],
      NATIONAL_PUBLIC_ACTOR: ["France Travail – agence {dc}"],
    },
    catalogue: ["JOBS_CREATED_KEPT", "PEOPLE_REACHED", "PARTNERS_INVOLVED", "NEW_COOPERATIONS"],
    custom: [
      { name: "Immersions professionnelles réalisées", definition: "Nombre de périodes d'immersion en entreprise réalisées par des personnes accompagnées sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [10, 60], target: [80, 250] },
      { name: "Sorties vers l'emploi durable", definition: "Part des personnes sorties du dispositif dans l'année avec un CDI, un CDD de plus de six mois ou une création d'activité.", unit: "PERCENT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [20, 35], target: [45, 60] },
    ],
    neighbours: ["DISABILITY", "MOBILITY", "EDUCATION", "PRECARITY"],
  },
  DISABILITY: {
    names: ["Handicap et entreprises {dc}", "Ensemble sans barrières {ac}", "Handi-emploi {dc}", "Ville accessible {ac}", "Duos inclusifs {dc}"],
    summaries: [
      "Une alliance pour l'inclusion des personnes en situation de handicap dans la vie de la cité et dans l'emploi {ac}.",
      "Entreprises, établissements spécialisés et associations {dc} partagent leurs savoir-faire pour ouvrir des postes et des activités adaptés aux personnes handicapées.",
      "Commerçants, associations et collectivité rendent ensemble {c} plus accessible aux personnes en situation de handicap.",
    ],
    objectives: [
      "Accompagner {n} personnes en situation de handicap vers un emploi en milieu ordinaire ou une formation qualifiante {ac} d'ici {y}.",
      "Proposer {n} journées de découverte en entreprise par an, jusqu'en {y}, à des travailleurs d'établissements et services d'aide par le travail.",
      "Rendre accessibles {n} commerces et lieux publics {dc} d'ici {y}, avec un diagnostic réalisé par des personnes concernées.",
    ],
    descriptions: [
      "Des journées « duo » permettent à une personne en situation de handicap de passer une journée avec un salarié. Plusieurs recrutements sont nés de ces rencontres, et les entreprises ont appris à adapter des postes simplement.",
      "L'alliance réunit un établissement et service d'aide par le travail, des entreprises du territoire, une association de personnes concernées et la collectivité. Les entreprises ouvrent des postes, l'établissement prépare et accompagne, l'association veille à ce que les personnes gardent la main sur leur parcours.",
      "Les diagnostics d'accessibilité sont réalisés par des personnes en fauteuil, malvoyantes ou sourdes, formées par l'association partenaire ; les commerçants reçoivent des recommandations concrètes et peu coûteuses.",
    ],
    n: [15, 150],
    organisations: {
      ASSOCIATION: ["Établissement et service d'aide par le travail {dc}", "Association Handi'Cap {dc}", "Association des familles d'enfants handicapés {dd}"],
      COMPANY: ["Entreprise adaptée {c} Services"],
    },
    catalogue: ["JOBS_CREATED_KEPT", "PEOPLE_REACHED", "CROSS_SECTOR_PROJECTS", "PARTNER_RETENTION"],
    custom: [
      { name: "Recrutements de personnes en situation de handicap", definition: "Contrats de travail signés par des personnes en situation de handicap chez les employeurs partenaires, sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [2, 10], target: [15, 40] },
      { name: "Lieux rendus accessibles", definition: "Commerces et lieux publics ayant réalisé les aménagements recommandés par le diagnostic d'accessibilité (cumul).", unit: "COUNT", register: "INNOVATION", direction: "HIGHER_IS_BETTER", baseline: [0, 10], target: [30, 80] },
    ],
    neighbours: ["EMPLOYMENT", "EDUCATION", "MOBILITY", "CULTURE"],
  },
  PRECARITY: {
    names: ["Solidarités {c}", "Coup de pouce {dc}", "Filet solidaire {dc}", "Ensemble contre la précarité {ac}", "Guichet solidaire {dc}"],
    summaries: [
      "Associations, entreprises et collectivité {dc} coordonnent leurs aides pour que personne ne reste sans réponse face à la précarité.",
      "Un guichet partagé, des dons d'entreprises et des bénévoles formés pour orienter sans délai les ménages en difficulté {ac}.",
      "Une alliance contre la précarité énergétique et alimentaire {ac}, qui relie travailleurs sociaux, associations et entreprises locales.",
    ],
    objectives: [
      "Ramener d'ici {y} à moins de huit jours le délai entre la première demande et une aide concrète pour les {n} ménages accompagnés chaque année {ac}.",
      "Distribuer {n} colis ou bons d'achat par an d'ici {y}, en passant par un guichet unique tenu par les partenaires.",
      "Repérer et accompagner {n} ménages en précarité énergétique {dc} d'ici {y}, avec une solution durable pour au moins la moitié d'entre eux.",
    ],
    descriptions: [
      "Les partenaires se retrouvent chaque mois pour étudier les situations bloquées ; cette habitude a créé entre eux une confiance qui leur permet de décider vite.",
      "Chaque association avait ses horaires, ses critères et ses dossiers : les personnes en difficulté devaient raconter leur histoire plusieurs fois. L'alliance a créé un guichet partagé où un bénévole formé oriente vers la bonne aide dès le premier rendez-vous.",
      "Les entreprises partenaires donnent leurs invendus et du matériel, un fournisseur d'énergie finance des petits travaux, la collectivité met à disposition un local et un travailleur social coordonne le tout.",
    ],
    n: [40, 500],
    organisations: {
      ASSOCIATION: ["Épicerie solidaire {dc}", "Secours solidaire {dc}", "Association Entraide {c}"],
      COMPANY: ["Supermarché {c} Distribution", "Régie énergie {c}"],
      LOCAL_AUTHORITY: ["Centre communal d'action sociale {dc}"],
    },
    catalogue: ["PEOPLE_REACHED", "FUNDS_RAISED", "PARTNER_TRUST_SCORE", "MEETING_ATTENDANCE"],
    custom: [
      { name: "Délai moyen entre la demande et la première aide (jours)", definition: "Nombre moyen de jours entre le premier contact d'un ménage avec le guichet et la première aide concrète reçue.", unit: "COUNT", register: "PERFORMANCE", direction: "LOWER_IS_BETTER", baseline: [15, 30], target: [5, 8] },
      { name: "Ménages sortis de la précarité énergétique", definition: "Ménages accompagnés dont le taux d'effort énergétique est repassé sous 8 % après travaux ou changement de contrat (cumul).", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [0, 10], target: [40, 120] },
    ],
    neighbours: ["HOUSING", "FOOD", "HEALTH", "DIGITAL_INCLUSION"],
  },
  EDUCATION: {
    names: ["Réussite éducative {dc}", "Jeunes d'avenir {dc}", "Cap jeunesse {ac}", "École et entreprises {dc}", "Ensemble pour la jeunesse {dc}"],
    summaries: [
      "Des chefs d'entreprise viennent au collège et au lycée, des élèves découvrent les entreprises de leur territoire, des associations accompagnent ceux qui décrochent.",
      "Une alliance de mentorat qui relie des salariés volontaires et des jeunes {dc}, de la troisième au premier emploi.",
      "Écoles, entreprises et associations {dc} s'allient pour la réussite et l'orientation des jeunes.",
    ],
    objectives: [
      "Offrir d'ici {y} à {n} élèves {dc} un stage de troisième choisi, dans une entreprise ou une association du territoire.",
      "Accompagner {n} jeunes par un mentor bénévole {ac} d'ici {y}, avec au moins six rencontres par an pour chacun.",
      "Faire baisser d'un tiers d'ici {y} le nombre de jeunes {dc} sortis du système scolaire sans solution (aujourd'hui {n} par an).",
    ],
    descriptions: [
      "L'idée est née dans un lycée : les enseignants manquaient de contacts avec le monde de l'entreprise pour parler d'orientation. Un club d'entreprises et la collectivité ont répondu présent ; des chefs d'entreprise viennent désormais raconter leur métier et accueillent des élèves.",
      "Chaque jeune volontaire est suivi par un mentor, salarié d'une entreprise partenaire, pendant une année scolaire. Les rencontres ont lieu dans l'établissement ou dans l'entreprise ; une association forme les mentors et suit les binômes.",
      "Les partenaires organisent chaque année un forum où les élèves présentent des projets menés avec des entreprises et des associations du territoire.",
    ],
    n: [30, 300],
    organisations: {
      ACADEMIC: ["Lycée professionnel {dc}", "Collège public {dc}"],
      ASSOCIATION: ["Association de mentorat {dc}", "Maison des jeunes et de la culture {dc}"],
    },
    catalogue: ["PEOPLE_REACHED", "VOLUNTEER_HOURS", "CROSS_SECTOR_PROJECTS", "PARTNER_SATISFACTION"],
    custom: [
      { name: "Stages de troisième proposés", definition: "Offres de stage d'observation de troisième proposées par les partenaires et pourvues, sur l'année scolaire.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [10, 60], target: [100, 300] },
      { name: "Jeunes accompagnés par un mentor", definition: "Jeunes ayant eu au moins six rencontres avec leur mentor sur l'année scolaire.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [5, 40], target: [60, 200] },
    ],
    neighbours: ["EMPLOYMENT", "CULTURE", "DIGITAL_INCLUSION", "SOCIAL_TIES"],
  },
  HEALTH: {
    names: ["Santé de proximité {ac}", "Prévention ensemble {dc}", "Territoire en santé {dc}", "Sport santé {dc}", "Accès aux soins {dc}"],
    summaries: [
      "Professionnels de santé, mutuelles, entreprises et associations organisent ensemble des actions de prévention au plus près des habitants {dc}.",
      "Une alliance pour rapprocher prévention et soins des habitants {dc}, en particulier de ceux qui renoncent à se soigner.",
      "Une alliance sport-santé {ac} : des activités physiques adaptées, prescrites par les médecins et encadrées par des clubs locaux.",
    ],
    objectives: [
      "Faire bénéficier {n} habitants {dc} d'un dépistage ou d'un atelier de prévention d'ici {y}, dont la moitié issus des quartiers prioritaires.",
      "Réduire d'un tiers d'ici {y} la part des personnes accompagnées qui déclarent renoncer à des soins, parmi les {n} personnes suivies.",
      "Proposer une activité physique adaptée à {n} personnes atteintes de maladies chroniques {ac} d'ici {y}, avec un suivi à six mois.",
    ],
    descriptions: [
      "Des salariés des entreprises partenaires participent aux campagnes de dépistage, et les entreprises ouvrent leurs locaux aux ateliers de prévention pendant la pause déjeuner.",
      "Partant d'un diagnostic local de santé, la collectivité a réuni une maison de santé, une mutuelle, des associations de patients et des entreprises. Ensemble, ils vont au-devant des habitants : marchés, entreprises, centres sociaux.",
      "Les médecins de la maison de santé prescrivent une activité physique adaptée ; les clubs sportifs partenaires l'encadrent ; une mutuelle et la collectivité financent les premières séances.",
    ],
    n: [50, 800],
    organisations: {
      ASSOCIATION: ["Maison de santé pluriprofessionnelle {dc}", "Club sportif {dc}", "Association de patients {dd}"],
      COMPANY: ["Mutuelle {c} Santé", "Pharmacie du Marché {dc}"],
      NATIONAL_PUBLIC_ACTOR: ["Caisse primaire d'assurance maladie {dd}"],
    },
    catalogue: ["PEOPLE_REACHED", "EXPERIMENTS_RUN", "PUBLIC_POLICY_UPTAKE", "PARTNER_TRUST_SCORE"],
    custom: [
      { name: "Dépistages réalisés", definition: "Nombre de dépistages réalisés lors des actions de l'alliance sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [50, 300], target: [500, 1500] },
      { name: "Personnes déclarant renoncer à des soins", definition: "Part des personnes accompagnées qui déclarent avoir renoncé à un soin au cours des douze derniers mois.", unit: "PERCENT", register: "PERFORMANCE", direction: "LOWER_IS_BETTER", baseline: [30, 45], target: [15, 25] },
    ],
    neighbours: ["AGEING", "FOOD", "PRECARITY", "DISABILITY"],
  },
  ENVIRONMENT: {
    names: ["Transition {c}", "Territoire durable {dc}", "Économie circulaire {dc}", "Réemploi solidaire {dc}", "Climat ensemble {ac}"],
    summaries: [
      "Une alliance pour le réemploi {ac} : collecte, réparation et revente solidaire, en créant des emplois d'insertion.",
      "Des entreprises qui partagent leurs ressources, une ressourcerie et la collectivité pour réduire les déchets du territoire {dc}.",
      "Entreprises, associations et collectivité {dc} accélèrent ensemble la transition écologique du territoire.",
    ],
    objectives: [
      "Détourner de l'enfouissement {n} tonnes de déchets par an {ac} d'ici {y}, grâce au réemploi et à la réparation.",
      "Accompagner {n} entreprises {dc} d'ici {y} dans l'échange de ressources entre elles et la réduction de leurs déchets et de leurs consommations d'énergie.",
      "Planter et entretenir {n} arbres avec les habitants et les écoles {dc} d'ici {y}.",
    ],
    descriptions: [
      "La ressourcerie manquait de gisements, les entreprises payaient pour évacuer du mobilier encore utilisable : l'alliance organise la collecte chez les entreprises, la réparation dans un atelier d'insertion et la revente à prix solidaire.",
      "Un club d'entreprises a lancé une démarche d'écologie industrielle : les déchets des uns deviennent les ressources des autres. La collectivité anime les échanges, une association mesure les tonnages évités.",
      "Les écoles, les associations de quartier et les entreprises plantent ensemble haies et vergers sur des terrains prêtés par la commune et des agriculteurs.",
    ],
    n: [20, 600],
    organisations: {
      ASSOCIATION: ["Ressourcerie {dc}", "Association Nature et environnement {dc}"],
      COMPANY: ["Recyclerie {c}", "Bureau d'études {c} Énergie"],
      CITIZEN_GROUP: ["Collectif transition {dc}"],
    },
    catalogue: ["JOINT_SOLUTIONS", "JOBS_CREATED_KEPT", "PARTNERS_INVOLVED", "NEW_COOPERATIONS"],
    custom: [
      { name: "Tonnes de déchets évitées", definition: "Tonnes de matériaux et d'objets détournés de l'enfouissement ou de l'incinération par le réemploi et la réparation, sur l'année (pesées).", unit: "COUNT", register: "INNOVATION", direction: "HIGHER_IS_BETTER", baseline: [10, 80], target: [120, 500] },
      { name: "Entreprises engagées dans un plan de sobriété", definition: "Entreprises partenaires ayant adopté un plan de réduction de leurs consommations d'énergie (cumul).", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [0, 10], target: [20, 60] },
    ],
    neighbours: ["FOOD", "MOBILITY", "LOCAL_ECONOMY", "EMPLOYMENT"],
  },
  MOBILITY: {
    names: ["Mobilité solidaire {dc}", "En route {ac}", "Covoiturage solidaire {dc}", "Garage solidaire {dc}", "Bouger ensemble {ac}"],
    summaries: [
      "Garage solidaire, prêt de véhicules par des entreprises et transport à la demande organisé avec la collectivité {dc}.",
      "Une alliance pour que le transport ne soit plus un frein à l'emploi, à la formation et aux soins {ac}.",
      "Une plateforme de mobilité partagée entre employeurs, associations et intercommunalité pour les habitants sans voiture.",
    ],
    objectives: [
      "Proposer une solution de mobilité à {n} personnes sans véhicule {dc} d'ici {y}, dont la moitié pour se rendre à un emploi ou une formation.",
      "Réaliser {n} trajets solidaires par an {ac} d'ici {y} avec des chauffeurs bénévoles.",
      "Permettre à {n} personnes accompagnées d'obtenir leur permis de conduire d'ici {y} grâce à une auto-école sociale.",
    ],
    descriptions: [
      "Sans voiture, on renonce parfois à un emploi ou à un rendez-vous médical. L'alliance réunit une plateforme de mobilité, un garage solidaire, des employeurs qui prêtent des véhicules et l'intercommunalité qui finance le transport à la demande.",
      "Des chauffeurs bénévoles assurent les trajets vers les soins et les démarches ; une entreprise de transport forme les bénévoles et met à disposition un minibus le week-end.",
      "L'auto-école sociale, portée par une association, prépare au permis des personnes suivies par les partenaires de l'emploi ; des entreprises financent une partie des heures de conduite.",
    ],
    n: [20, 400],
    organisations: {
      ASSOCIATION: ["Plateforme mobilité {dd}", "Auto-école sociale {dc}"],
      COMPANY: ["Transports {c}", "Garage {c} Automobiles"],
    },
    catalogue: ["PEOPLE_REACHED", "JOINT_SOLUTIONS", "LEVERAGE_RATIO", "PARTNERS_INVOLVED"],
    custom: [
      { name: "Trajets solidaires réalisés", definition: "Nombre de trajets assurés par les chauffeurs bénévoles ou les véhicules prêtés, sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [100, 800], target: [1200, 4000] },
      { name: "Permis de conduire obtenus", definition: "Personnes accompagnées ayant obtenu le permis B grâce à l'auto-école sociale (sur l'année).", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [2, 10], target: [15, 40] },
    ],
    neighbours: ["EMPLOYMENT", "AGEING", "HEALTH", "ENVIRONMENT"],
  },
  FOOD: {
    names: ["Alimentation durable {dc}", "Du champ à l'assiette {dc}", "Paniers solidaires {dc}", "Manger local {ac}", "Épicerie partagée {dc}"],
    summaries: [
      "Producteurs, entreprises et associations {dc} rendent une alimentation locale et de qualité accessible à tous.",
      "Un circuit court qui relie les producteurs du territoire, les épiceries solidaires et la restauration collective {dc}.",
      "Une alliance contre le gaspillage alimentaire {ac} : les invendus des commerces deviennent des repas pour les familles.",
    ],
    objectives: [
      "Distribuer {n} paniers de produits locaux à prix solidaire {ac} d'ici {y}, en rémunérant les producteurs au prix juste.",
      "Porter à 40 % d'ici {y} la part de produits locaux dans les {n} repas servis chaque jour par les cantines partenaires {dc}.",
      "Récupérer {n} tonnes d'invendus alimentaires par an chez les commerçants {dc} d'ici {y}.",
    ],
    descriptions: [
      "Les producteurs cherchaient des débouchés réguliers, les familles modestes n'avaient pas accès à leurs produits. L'alliance a créé des paniers à prix solidaire : un mécène couvre une part du prix, la collectivité prête un lieu de distribution, une association organise les commandes.",
      "Les cantines scolaires, un restaurant d'entreprise et l'hôpital achètent ensemble aux producteurs locaux ; une légumerie d'insertion prépare les produits.",
      "Les commerçants donnent leurs invendus chaque soir, des bénévoles les collectent à vélo cargo et une association les redistribue le lendemain.",
    ],
    n: [50, 800],
    organisations: {
      ASSOCIATION: ["Épicerie solidaire {dc}", "Association pour le maintien d'une agriculture paysanne {dc}"],
      COMPANY: ["Coopérative agricole {dd}", "Légumerie {c}"],
      CITIZEN_GROUP: ["Collectif anti-gaspi {dc}"],
    },
    catalogue: ["PEOPLE_REACHED", "JOINT_SOLUTIONS", "JOBS_CREATED_KEPT", "PARTNER_RETENTION"],
    custom: [
      { name: "Paniers solidaires distribués", definition: "Nombre de paniers de produits locaux vendus à prix solidaire, sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [200, 1500], target: [2000, 6000] },
      { name: "Part de produits locaux en restauration collective", definition: "Part, en valeur d'achat, des produits venant de moins de 100 km dans les cantines partenaires.", unit: "PERCENT", register: "INNOVATION", direction: "HIGHER_IS_BETTER", baseline: [8, 20], target: [35, 50] },
    ],
    neighbours: ["PRECARITY", "HEALTH", "ENVIRONMENT", "LOCAL_ECONOMY"],
  },
  CULTURE: {
    names: ["Culture partagée {ac}", "Scènes ouvertes {dc}", "Patrimoine vivant {dc}", "Arts en partage {dc}", "Quartiers en scène {ac}"],
    summaries: [
      "Une alliance pour faire vivre la culture avec et pour tous les habitants {dc}.",
      "Lieux culturels, mécènes locaux et associations de quartier construisent ensemble une programmation hors les murs {dc}.",
      "Des entreprises, une compagnie et la commune font du patrimoine {dc} un support d'insertion et de fierté locale.",
    ],
    objectives: [
      "Faire participer {n} habitants éloignés de l'offre culturelle à un projet artistique {ac} d'ici {y}.",
      "Organiser {n} représentations ou ateliers par an dans les quartiers et les villages {dc} d'ici {y}.",
      "Restaurer un élément du patrimoine {dc} d'ici {y} avec un chantier d'insertion et {n} bénévoles.",
    ],
    descriptions: [
      "Chaque année, une création est construite avec des habitants amateurs encadrés par des artistes ; les entreprises partenaires financent les résidences et accueillent des répétitions.",
      "La saison culturelle ne touchait qu'une partie des habitants. La scène du territoire, les centres sociaux et des entreprises mécènes ont décidé de jouer ailleurs : dans les halls d'immeubles, les salles des fêtes, les ateliers d'entreprise.",
      "Le chantier de restauration associe une association de sauvegarde, un chantier d'insertion et des artisans locaux ; les habitants sont invités aux journées portes ouvertes.",
    ],
    n: [20, 300],
    organisations: {
      ASSOCIATION: ["Compagnie de théâtre {dc}", "Association de sauvegarde du patrimoine {dc}", "École de musique {dc}"],
      LOCAL_AUTHORITY: ["Médiathèque municipale {dc}"],
    },
    catalogue: ["PEOPLE_REACHED", "CROSS_SECTOR_PROJECTS", "VOLUNTEER_HOURS", "MEETING_ATTENDANCE"],
    custom: [
      { name: "Habitants participant à une création", definition: "Habitants amateurs ayant participé à une création artistique de l'alliance sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [10, 60], target: [80, 250] },
      { name: "Représentations hors les murs", definition: "Représentations ou ateliers donnés hors des lieux culturels habituels (quartiers, villages, entreprises) sur l'année.", unit: "COUNT", register: "INNOVATION", direction: "HIGHER_IS_BETTER", baseline: [2, 12], target: [20, 50] },
    ],
    neighbours: ["EDUCATION", "SOCIAL_TIES", "DISABILITY", "LOCAL_ECONOMY"],
  },
  HOUSING: {
    names: ["Habitat solidaire {dc}", "Toit partagé {dc}", "Un toit pour tous {ac}", "Logement des jeunes {dc}", "Habiter ensemble {ac}"],
    summaries: [
      "Bailleurs, entreprises et associations {dc} s'allient pour l'accès et le maintien dans le logement.",
      "Une alliance de cohabitation intergénérationnelle {ac} : des aînés qui ont une chambre libre, des jeunes qui cherchent un logement.",
      "Des logements vacants remis sur le marché {ac} avec des artisans, une agence immobilière sociale et la commune.",
    ],
    objectives: [
      "Loger durablement {n} personnes sans solution {dc} d'ici {y}, avec un accompagnement social pour chacune.",
      "Former {n} binômes de cohabitation intergénérationnelle {ac} d'ici {y}.",
      "Remettre sur le marché {n} logements vacants du centre-bourg {dc} d'ici {y}, à loyer maîtrisé.",
    ],
    descriptions: [
      "Les partenaires financent ensemble l'accompagnement des ménages relogés : un travailleur social, des bénévoles pour l'emménagement et du mobilier donné par des entreprises.",
      "Une association met en relation des personnes âgées disposant d'une chambre libre et des jeunes en formation ; une charte fixe les engagements de chacun et un médiateur suit les binômes.",
      "Des logements restaient vides pendant que des salariés et des jeunes ne trouvaient pas à se loger. L'alliance réunit une agence immobilière sociale, des artisans, la commune et des employeurs qui se portent garants pour leurs salariés.",
    ],
    n: [10, 150],
    organisations: {
      ASSOCIATION: ["Agence immobilière à vocation sociale {dd}", "Association Logement solidaire {dc}"],
      COMPANY: ["Bailleur social {c} Habitat", "Artisans du bâtiment {c}"],
    },
    catalogue: ["PEOPLE_REACHED", "FUNDS_RAISED", "LEVERAGE_RATIO", "PARTNER_TRUST_SCORE"],
    custom: [
      { name: "Ménages relogés durablement", definition: "Ménages relogés avec un bail de plus d'un an et toujours dans leur logement six mois après (cumul).", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [0, 15], target: [30, 100] },
      { name: "Binômes de cohabitation formés", definition: "Binômes aîné-jeune ayant signé la charte de cohabitation, sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [2, 12], target: [20, 60] },
    ],
    neighbours: ["PRECARITY", "AGEING", "EMPLOYMENT", "SOCIAL_TIES"],
  },
  LOCAL_ECONOMY: {
    names: ["Entreprendre ensemble {ac}", "Commerce vivant {dc}", "Club des acteurs {dc}", "Centre-bourg vivant {dc}", "Achats responsables {dc}"],
    summaries: [
      "Entreprises, associations et collectivité {dc} renforcent ensemble l'économie locale et l'emploi de proximité.",
      "Un club d'entreprises et la commune s'allient pour redonner vie aux commerces du centre {dc}.",
      "Une alliance d'achats responsables {dc} : les entreprises du territoire achètent davantage aux structures de l'économie sociale et solidaire.",
    ],
    objectives: [
      "Accompagner {n} créations ou reprises d'activité {ac} d'ici {y}, avec un taux de survie à trois ans d'au moins 75 %.",
      "Réduire de moitié d'ici {y} le nombre de locaux commerciaux vacants en centre-ville {dc} (aujourd'hui {n2}).",
      "Porter à {n} par an, d'ici {y}, le nombre de marchés confiés par les entreprises partenaires à des structures de l'économie sociale et solidaire {dc}.",
    ],
    descriptions: [
      "Chaque créateur accompagné est parrainé par un dirigeant expérimenté pendant deux ans ; un prêt d'honneur et l'accès aux réseaux des partenaires complètent l'accompagnement.",
      "Un club d'entreprises a proposé à la commune de travailler ensemble sur la vacance commerciale. Les chefs d'entreprise parrainent les créateurs, la collectivité négocie les loyers, une association anime des boutiques éphémères.",
      "Les acheteurs des grandes entreprises rencontrent chaque trimestre les structures d'insertion et les entreprises adaptées du territoire ; l'alliance suit les marchés passés.",
    ],
    n: [10, 120],
    n2: [8, 40],
    organisations: {
      NETWORK: ["Club d'entreprises {dc}", "Réseau d'entrepreneurs {dd}"],
      ASSOCIATION: ["Union commerciale {dc}", "Plateforme d'initiative locale {dd}"],
      NATIONAL_PUBLIC_ACTOR: ["Chambre de commerce et d'industrie {dd}"],
    },
    catalogue: ["JOBS_CREATED_KEPT", "PARTNERS_INVOLVED", "NEW_COOPERATIONS", "PARTNER_SATISFACTION"],
    custom: [
      { name: "Créations ou reprises accompagnées", definition: "Entreprises créées ou reprises avec un parrainage de l'alliance, sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [2, 12], target: [20, 50] },
      { name: "Locaux commerciaux vacants en centre-ville", definition: "Nombre de locaux commerciaux vides depuis plus de six mois dans le périmètre de l'alliance, au relevé annuel.", unit: "COUNT", register: "PERFORMANCE", direction: "LOWER_IS_BETTER", baseline: [15, 40], target: [5, 12] },
    ],
    neighbours: ["EMPLOYMENT", "ENVIRONMENT", "FOOD", "CULTURE"],
  },
  SOCIAL_TIES: {
    names: ["Voisins solidaires {dc}", "Faire ensemble {ac}", "Maison commune {dc}", "Tiers-lieu {dc}", "Quartier solidaire {dc}"],
    summaries: [
      "Une alliance d'habitants, d'associations et d'entreprises pour retisser le lien social {ac}.",
      "Un tiers-lieu animé à plusieurs mains {ac} : associations, artisans, commune et habitants y partagent un lieu, des outils et des projets.",
      "Des voisins attentifs, des commerçants relais et des associations pour que chacun trouve sa place dans le quartier.",
    ],
    objectives: [
      "Réunir {n} habitants {dc} chaque année, jusqu'en {y}, dans des actions solidaires de quartier.",
      "Faire du tiers-lieu un lieu fréquenté chaque semaine par {n} personnes d'ici {y}, dont un tiers qui n'y venaient jamais auparavant.",
      "Constituer d'ici {y} un réseau de {n} voisins relais formés au repérage des personnes isolées {ac}.",
    ],
    descriptions: [
      "Les habitants proposent et portent eux-mêmes les activités : repair café, cuisine partagée, aide aux devoirs. Les partenaires apportent des moyens et se réunissent chaque trimestre pour décider ensemble.",
      "Le tiers-lieu est né dans une ancienne école prêtée par la commune. Des associations y tiennent des permanences, des artisans y partagent un atelier, des entreprises y organisent leurs réunions et y financent des activités ouvertes à tous.",
      "Des commerçants affichent le logo des « relais solidaires » : on peut y laisser un message, demander un coup de main ou signaler un voisin en difficulté.",
    ],
    n: [30, 500],
    organisations: {
      CITIZEN_GROUP: ["Collectif d'habitants {dc}", "Conseil citoyen {dc}"],
      ASSOCIATION: ["Centre social {dc}", "Repair café {dc}"],
    },
    catalogue: ["PEOPLE_REACHED", "VOLUNTEER_HOURS", "NEW_COOPERATIONS", "PARTNER_TRUST_SCORE"],
    custom: [
      { name: "Habitants participant aux activités", definition: "Habitants distincts ayant participé à au moins une activité de l'alliance sur l'année.", unit: "COUNT", register: "PERFORMANCE", direction: "HIGHER_IS_BETTER", baseline: [50, 300], target: [400, 1200] },
      { name: "Activités portées par des habitants", definition: "Activités régulières proposées et animées par des habitants eux-mêmes (cumul).", unit: "COUNT", register: "TRUST", direction: "HIGHER_IS_BETTER", baseline: [1, 5], target: [10, 25] },
    ],
    neighbours: ["AGEING", "CULTURE", "PRECARITY", "EDUCATION"],
  },
};

/** Paragraphs on governance, appended to descriptions ({pilot} = the pilot's name). */
export const GOVERNANCE_PARAGRAPHS: readonly string[] = [
  "Un comité de pilotage réunit les partenaires chaque trimestre ; les décisions se prennent au consensus et chacun présente chaque année ce que l'alliance lui a apporté.",
  "La coordination est assurée par le porteur de l'alliance (« {pilot} »), qui anime les réunions et tient le tableau de bord partagé.",
  "Les partenaires ont signé une charte qui fixe l'objectif commun, la contribution de chacun et la façon de mesurer les résultats.",
  "L'alliance a été accompagnée à ses débuts par un catalyseur territorial du réseau, venu partager l'expérience d'une alliance voisine.",
  "Chaque partenaire apporte ce qu'il sait faire : du temps, des locaux, des compétences ou un financement ; un bilan commun est présenté chaque année aux habitants.",
];

/** Testimonies by register ({c} commune). Attributed to roles, not to real people. */
export const EVIDENCE_QUOTES: Readonly<Record<"PERFORMANCE" | "INNOVATION" | "TRUST", readonly { quote: string; authorRole: string }[]>> = {
  PERFORMANCE: [
    { quote: "Notre association a doublé son nombre de bénévoles en deux ans : les salariés des entreprises partenaires sont restés après leur mission de mécénat.", authorRole: "Présidente d'une association partenaire" },
    { quote: "Pour une petite entreprise comme la nôtre, l'alliance a ouvert des portes que nous n'aurions jamais poussées seuls : des clients, des recrues, une autre image.", authorRole: "Dirigeant d'une entreprise partenaire" },
    { quote: "Nous avons mutualisé un poste de coordination : aucun de nous n'aurait pu le financer seul, et tout le monde y gagne en temps.", authorRole: "Directrice d'une structure partenaire" },
  ],
  INNOVATION: [
    { quote: "Cette solution, aucun de nous ne pouvait la construire seul : il fallait les locaux de la commune, les salariés de l'entreprise et la connaissance du terrain de l'association.", authorRole: "Coordinatrice de l'alliance" },
    { quote: "Nous avons testé à petite échelle, mesuré, corrigé. Aujourd'hui, le département s'en inspire pour son propre programme.", authorRole: "Chargé de mission à la collectivité" },
    { quote: "Des territoires voisins sont venus nous voir ; nous leur avons donné notre kit d'animation, et ils l'ont amélioré.", authorRole: "Catalyseur territorial" },
  ],
  TRUST: [
    { quote: "Avant l'alliance, nous ne nous connaissions pas ; aujourd'hui, nous nous appelons dès qu'un problème se pose sur le territoire.", authorRole: "Responsable associative" },
    { quote: "Ce qui a changé, c'est la confiance : l'entreprise et l'association ne se regardent plus avec méfiance, elles construisent ensemble.", authorRole: "Élue municipale" },
    { quote: "On a appris à écouter des points de vue très différents du nôtre. C'est plus long au début, mais on décide mieux.", authorRole: "Chef d'entreprise, membre du comité de pilotage" },
  ],
};

export const SUCCESS_FACTOR_COMMENTS: Readonly<Record<string, readonly string[]>> = {
  CIVIL_SOCIETY_LED: ["L'initiative vient d'associations et d'entreprises du territoire ; la collectivité accompagne sans piloter.", "Les habitants et les associations gardent la main sur les décisions."],
  ENTREPRENEURIAL_CULTURE: ["Un dirigeant d'entreprise a lancé la dynamique et l'alliance fonctionne en mode projet.", "On teste vite, on mesure, on ajuste."],
  SHARED_CLEAR_OBJECTIVE: ["Un objectif simple que chaque partenaire peut expliquer en une phrase.", "L'objectif commun a été écrit ensemble lors de la première réunion."],
  MEASURABLE_OBJECTIVES: ["Des indicateurs suivis chaque année et présentés en comité.", "Les objectifs chiffrés sont encore à préciser."],
  AUTHENTIC_GROWTH: ["L'alliance grandit sans perdre l'esprit des débuts.", "Nous refusons de grandir plus vite que la confiance entre partenaires."],
  FLEXIBILITY: ["La souplesse est essentielle : chacun contribue selon ses moyens.", "Les règles sont légères et revues chaque année."],
  DIVERSITY_AND_LISTENING: ["Des points de vue très différents autour de la table, et une vraie écoute mutuelle.", "Chaque réunion commence par un tour de table où chacun s'exprime."],
};
