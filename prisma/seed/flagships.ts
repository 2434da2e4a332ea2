// The three alliances of the source documents (MOOC "alliances territoriales"), written
// from what the sources say; no figure is invented beyond modest demo measurements.
import type { AllianceDraftInput } from "@/lib/validation/alliance";

export type FlagshipPartner = { key: string; name: string; type: string; communeInsee: string | null; role: string; description: string };
export type Flagship = { slug: string; draft: Omit<AllianceDraftInput, "partners">; partners: FlagshipPartner[] };

export const FLAGSHIPS: Flagship[] = [
  {
    slug: "silver-geek",
    partners: [
      { key: "sg-asso", name: "Association Silver Geek", type: "ASSOCIATION", communeInsee: "86194", role: "PILOT", description: "Anime le collectif et coordonne les animations en établissements." },
      { key: "sg-macif", name: "Fondation Macif", type: "FOUNDATION", communeInsee: null, role: "FUNDER", description: "Soutient l'expérimentation et sa diffusion ; membre du collectif." },
      { key: "sg-uniscite", name: "Unis-Cité Nouvelle-Aquitaine", type: "ASSOCIATION", communeInsee: "86194", role: "OPERATOR", description: "Mobilise les jeunes volontaires en service civique qui animent les ateliers." },
      { key: "sg-cd86", name: "Département de la Vienne", type: "LOCAL_AUTHORITY", communeInsee: "86194", role: "PUBLIC_PARTNER", description: "Partenaire public au titre de la politique de l'autonomie." },
      { key: "sg-univ", name: "Université de Poitiers", type: "ACADEMIC", communeInsee: "86194", role: "MEMBER", description: "Apporte son regard sur l'évaluation des effets auprès des aînés." },
    ],
    draft: {
      name: "Silver Geek",
      summary: "Un collectif qui apporte le numérique et le jeu vidéo aux seniors vivant en établissement, grâce à de jeunes volontaires.",
      description:
        "Silver Geek réunit une association, une fondation, des acteurs publics et des établissements pour personnes âgées autour d'une idée simple : de jeunes volontaires viennent animer des ateliers de jeux vidéo et de découverte du numérique avec les résidents.\n\n" +
        "Les ateliers créent du lien entre générations, stimulent les résidents et les rapprochent des outils numériques. Le collectif a rédigé la façon dont le projet s'est construit et créé des kits d'animation pour que d'autres structures puissent s'emparer de l'initiative. Chaque membre a diffusé le bilan du projet dans ses propres réseaux nationaux, relayé par les médias.",
      objective: "Faire découvrir le numérique et le jeu vidéo à des résidents d'établissements pour personnes âgées grâce à des ateliers réguliers animés par de jeunes volontaires, dans chaque établissement partenaire, et mesurer chaque année leurs effets sur le lien social des résidents.",
      territory: { communeInsee: "86194", scale: "DEPARTEMENT", coveredDepartements: ["86"] },
      domainCodes: ["AGEING", "DIGITAL_INCLUSION", "SOCIAL_TIES"],
      stage: "SCALING",
      startDate: "2014-09-01",
      legalStructure: "ASSOCIATION",
      legalStructureDetail: "Collectif porté par une association",
      funding: [
        { source: "Fondation Macif", kind: "PATRONAGE", amountEur: null },
        { source: "Financements publics de l'autonomie des personnes âgées", kind: "PUBLIC", amountEur: null },
      ],
      fundingVisibility: "NETWORK",
      successFactors: [
        { factor: "CIVIL_SOCIETY_LED", score: 4, comment: "Le collectif est né d'acteurs associatifs et d'une fondation." },
        { factor: "SHARED_CLEAR_OBJECTIVE", score: 4, comment: "Un objectif simple que chaque membre peut expliquer." },
        { factor: "MEASURABLE_OBJECTIVES", score: 3, comment: "Un rapport de bilan a été produit et diffusé." },
        { factor: "DIVERSITY_AND_LISTENING", score: 3, comment: "" },
      ],
      welcomesVisits: true,
      contact: { name: "Équipe Silver Geek", email: "contact@silvergeek.example", phone: "", visibility: "NETWORK" },
      website: "",
      documents: [
        { key: "sg-kit", title: "Kit d'animation des ateliers Silver Geek", url: "https://essaim.example/ressources/silver-geek-kit-animation.pdf", kind: "ANIMATION_KIT", licence: "CC-BY-SA-4.0" },
        { key: "sg-bilan", title: "Bilan de l'expérimentation Silver Geek", url: "https://essaim.example/ressources/silver-geek-bilan.pdf", kind: "REPORT", licence: "CC-BY-4.0" },
      ],
      scalingPlans: [
        {
          key: "sg-diffusion",
          kind: "DISSEMINATION",
          title: "Diffuser le bilan dans les réseaux de chaque membre",
          description: "Chaque membre du collectif présente le bilan du projet dans ses réseaux nationaux ; les médias relaient.",
          status: "ACHIEVED",
          startDate: "2016-01-01",
          milestones: [{ key: "sg-m1", title: "Publication du bilan", dueDate: "2016-06-30", done: true }],
          funding: [],
        },
        {
          key: "sg-modelisation",
          kind: "MODELLING",
          title: "Écrire la méthode et créer des kits d'animation",
          description: "Mettre par écrit la façon dont le projet s'est construit et créer des kits d'animation pour que d'autres structures s'emparent de l'initiative.",
          status: "UNDER_WAY",
          startDate: "2017-01-01",
          neededResources: "Temps de rédaction et de mise en forme ; relais dans les réseaux d'établissements.",
          obstacles: "Trouver des financeurs pour la reprise dans d'autres territoires.",
          milestones: [
            { key: "sg-m2", title: "Premier kit d'animation publié", dueDate: "2017-12-31", done: true },
            { key: "sg-m3", title: "Kit mis à jour avec les retours des nouveaux territoires", dueDate: "2027-06-30", done: false },
          ],
          funding: [{ mechanism: "PRIVATE_FUNDERS", amountSought: null, amountObtained: null, note: "Acteurs privés de la silver économie" }],
        },
      ],
    },
  },
  {
    slug: "agir-ensemble-charenton-saint-maurice",
    partners: [
      { key: "ch-gravelle", name: "Club Gravelle Entreprendre", type: "NETWORK", communeInsee: "94018", role: "PILOT", description: "Club d'entreprises qui porte l'alliance." },
      { key: "ch-ville", name: "Ville de Charenton-le-Pont", type: "LOCAL_AUTHORITY", communeInsee: "94018", role: "PUBLIC_PARTNER", description: "Direction de l'économie et de l'emploi." },
      { key: "ch-stm", name: "Ville de Saint-Maurice", type: "LOCAL_AUTHORITY", communeInsee: "94069", role: "PUBLIC_PARTNER", description: "Commune voisine associée à la dynamique." },
      { key: "ch-asso", name: "Associations locales de solidarité de Charenton – Saint-Maurice", type: "ASSOCIATION", communeInsee: "94018", role: "MEMBER", description: "Relais auprès des habitants." },
    ],
    draft: {
      name: "Agir ensemble à Charenton – Saint-Maurice",
      summary: "Une alliance portée par un club d'entreprises avec la ville de Charenton pour répondre ensemble aux besoins du territoire.",
      description:
        "Le Club Gravelle Entreprendre et la ville de Charenton-le-Pont ont engagé entreprises, associations et acteurs publics de Charenton et de Saint-Maurice dans une même alliance.\n\n" +
        "Ses acteurs insistent sur la souplesse et sur le respect de la diversité des points de vue, grâce à une véritable écoute mutuelle. La confiance créée entre les acteurs du territoire est l'un de ses effets les plus visibles.",
      objective: "Réunir entreprises, associations et collectivités de Charenton-le-Pont et Saint-Maurice autour d'actions communes pour l'emploi et le lien social, et doubler d'ici 2027 le nombre d'entreprises engagées.",
      territory: { communeInsee: "94018", scale: "INTERCOMMUNALITY", coveredCommunes: ["94069"] },
      domainCodes: ["EMPLOYMENT", "LOCAL_ECONOMY", "SOCIAL_TIES"],
      stage: "CONSOLIDATION",
      startDate: "2013-01-01",
      legalStructure: "CONVENTION",
      legalStructureDetail: "Partenariat entre un club d'entreprises et la ville",
      funding: [{ source: "Contributions des entreprises du club", kind: "PRIVATE", amountEur: null }],
      fundingVisibility: "NETWORK",
      successFactors: [
        { factor: "ENTREPRENEURIAL_CULTURE", score: 4, comment: "L'alliance est née d'un club d'entreprises." },
        { factor: "FLEXIBILITY", score: 4, comment: "La souplesse est jugée essentielle." },
        { factor: "DIVERSITY_AND_LISTENING", score: 4, comment: "Respecter la diversité des points de vue grâce à une véritable écoute mutuelle." },
      ],
      welcomesVisits: true,
      contact: { name: "Club Gravelle Entreprendre", email: "", phone: "", visibility: "NETWORK" },
      website: "",
      documents: [],
      scalingPlans: [
        {
          key: "ch-geo",
          kind: "GEOGRAPHIC",
          title: "Essaimer l'alliance dans d'autres territoires",
          description: "Partager la démarche avec des clubs d'entreprises et des villes d'autres territoires.",
          status: "IN_PREPARATION",
          startDate: "2026-01-01",
          targets: [
            { level: "DEPARTEMENT", code: "94", label: "Val-de-Marne" },
            { level: "DEPARTEMENT", code: "92", label: "Hauts-de-Seine" },
          ],
          milestones: [{ key: "ch-m1", title: "Rencontre avec deux clubs d'entreprises voisins", dueDate: "2026-09-30", done: false }],
          funding: [],
        },
        {
          key: "ch-sector",
          kind: "SECTORAL",
          title: "Appliquer le modèle au handicap et à la précarité",
          description: "Répondre à d'autres besoins du territoire avec la même alliance d'acteurs.",
          status: "CONSIDERED",
          targets: [
            { level: "DOMAIN", code: "DISABILITY", label: "Handicap" },
            { level: "DOMAIN", code: "PRECARITY", label: "Précarité et pauvreté" },
          ],
          milestones: [],
          funding: [],
        },
      ],
    },
  },
  {
    slug: "adb-solidatech",
    partners: [
      { key: "adb-ateliers", name: "Les Ateliers du Bocage", type: "COMPANY", communeInsee: "79210", role: "OPERATOR", description: "Entreprise de l'économie sociale et solidaire qui reconditionne le matériel informatique." },
      { key: "adb-solidatech", name: "Solidatech", type: "NETWORK", communeInsee: "79210", role: "PILOT", description: "Programme qui équipe les associations en outils et services numériques." },
      { key: "adb-emmaus", name: "Emmaüs France", type: "NETWORK", communeInsee: null, role: "MEMBER", description: "Mouvement auquel appartiennent les Ateliers du Bocage." },
      { key: "adb-agglo", name: "Communauté d'agglomération du Bocage Bressuirais", type: "LOCAL_AUTHORITY", communeInsee: "79049", role: "PUBLIC_PARTNER", description: "Collectivité du territoire d'implantation." },
    ],
    draft: {
      name: "ADB Solidatech",
      summary: "Du matériel et des services numériques pour les associations, en s'appuyant sur des dispositifs qui existent déjà.",
      description:
        "ADB Solidatech aide les associations à s'équiper en matériel et en services numériques. Son conseil aux nouveaux projets : s'intégrer dans des dispositifs déjà existants plutôt que de créer de nouvelles structures.",
      objective: "Permettre chaque année à davantage d'associations de s'équiper en matériel informatique reconditionné et en services numériques, en passant par les dispositifs existants plutôt qu'en créant de nouvelles structures.",
      territory: { communeInsee: "79210", scale: "NATIONAL", coveredRegions: ["75"] },
      domainCodes: ["DIGITAL_INCLUSION", "EMPLOYMENT", "ENVIRONMENT"],
      stage: "LASTING",
      startDate: "2008-01-01",
      legalStructure: "OTHER",
      legalStructureDetail: "Programme porté par une entreprise de l'économie sociale et solidaire",
      funding: [{ source: "Vente de matériel reconditionné et de services", kind: "OWN_RESOURCES", amountEur: null }],
      fundingVisibility: "PUBLIC",
      successFactors: [
        { factor: "ENTREPRENEURIAL_CULTURE", score: 4, comment: "" },
        { factor: "AUTHENTIC_GROWTH", score: 3, comment: "" },
      ],
      welcomesVisits: false,
      contact: { name: "", email: "", phone: "", visibility: "PRIVATE" },
      website: "",
      documents: [],
      scalingPlans: [
        {
          key: "adb-existing",
          kind: "EXISTING_SCHEME",
          title: "Intégrer les nouveaux projets dans des dispositifs existants",
          description: "Plutôt que de créer de nouvelles structures, s'appuyer sur les dispositifs d'accompagnement des associations qui existent déjà.",
          status: "UNDER_WAY",
          startDate: "2020-01-01",
          milestones: [],
          funding: [],
        },
      ],
    },
  },
];
