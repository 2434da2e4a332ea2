// The three alliances of the source documents (MOOC « Les alliances qui changent les
// territoires », episode 4, and the interview of Le RAMEAU's founder-president), written from
// what the sources say and from the public record of the organisations named in them.
// No figure is invented in the texts; the impact measurements below are modest demo values and
// say so in their comment.
import type { PartnerRoleCode, PartnerTypeCode } from "./organisations";
import type { AllianceDraft } from "@/lib/validation/alliance";

export type FlagshipPartner = {
  name: string;
  type: PartnerTypeCode;
  /** INSEE code, or null for an organisation known nationally. */
  communeInsee: string | null;
  role: PartnerRoleCode;
  description: string;
};

export type FlagshipIndicator = {
  catalogueCode: string | null;
  /** For custom indicators only. */
  custom?: { name: string; definition: string; unit: "COUNT" | "PERCENT"; register: "PERFORMANCE" | "INNOVATION" | "TRUST" };
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  measurements: { value: number; date: string; source: string }[];
};

export type FlagshipEvidence = { register: "PERFORMANCE" | "INNOVATION" | "TRUST"; quote: string; authorName: string; authorRole: string; recordedOn: string };

export type Flagship = {
  slug: string;
  partners: FlagshipPartner[];
  /** The approved draft, partners excluded (they are resolved to organisation ids at seed time). */
  draft: Omit<AllianceDraft, "partners">;
  indicators: FlagshipIndicator[];
  evidence: FlagshipEvidence[];
  publishedAt: string;
};

export const DEMO_MEASUREMENT_COMMENT = "Valeur de démonstration, à remplacer par les données de l'alliance.";

const plan = (p: Partial<AllianceDraft["scalingPlans"][number]> & Pick<AllianceDraft["scalingPlans"][number], "key" | "kind" | "title">): AllianceDraft["scalingPlans"][number] => ({
  description: "",
  status: "CONSIDERED",
  startDate: null,
  neededResources: "",
  obstacles: "",
  targets: [],
  milestones: [],
  funding: [],
  ...p,
});

/** `lePin` is the INSEE code of Le Pin (Deux-Sèvres), looked up in the geography data. */
export function buildFlagships(lePin: string): Flagship[] {
  return [
    {
      slug: "silver-geek",
      publishedAt: "2025-01-10",
      partners: [
        { name: "Association Silver Geek", type: "ASSOCIATION", communeInsee: "86194", role: "PILOT", description: "Coordonne le collectif, organise les ateliers dans les établissements et le Trophée des seniors." },
        { name: "Fondation Macif", type: "FOUNDATION", communeInsee: null, role: "FUNDER", description: "À l'origine du collectif ; soutient l'expérimentation, son évaluation et son élargissement à d'autres régions." },
        { name: "Unis-Cité", type: "ASSOCIATION", communeInsee: null, role: "OPERATOR", description: "Mobilise les jeunes volontaires en service civique qui animent les ateliers auprès des aînés." },
        { name: "Orange", type: "COMPANY", communeInsee: null, role: "MEMBER", description: "Membre fondateur du collectif : apporte son expertise du numérique." },
        { name: "Les Ateliers du Bocage", type: "COMPANY", communeInsee: lePin, role: "MEMBER", description: "Membre fondateur au titre de son programme Solidatech : équipement numérique du projet." },
        { name: "Futurolan", type: "ASSOCIATION", communeInsee: "86194", role: "MEMBER", description: "Organisatrice de la Gamers Assembly à Poitiers, où se dispute la finale du Trophée des seniors." },
        { name: "Le RAMEAU", type: "ASSOCIATION", communeInsee: "94069", role: "MEMBER", description: "Laboratoire de recherche sur les alliances : appui méthodologique et évaluation de l'utilité sociétale." },
      ],
      draft: {
        name: "Silver Geek",
        summary: "Le numérique et le jeu vidéo au service des seniors : de jeunes volontaires animent des ateliers numériques et ludiques avec les personnes âgées en établissement.",
        description:
          "Silver Geek est né en 2012 d'un collectif restreint d'acteurs publics et privés de l'ex-région Poitou-Charentes, dont la Fondation Macif, autour de deux enjeux du territoire : l'inclusion numérique et le bien-vieillir.\n\n" +
          "Le principe : de jeunes volontaires en service civique viennent dans les établissements qui accueillent des personnes âgées pour animer des ateliers. Les seniors découvrent la tablette, retrouvent en ligne les lieux de leur enfance, écoutent leurs chansons préférées, écrivent à leur famille, et s'entraînent au bowling sur console de jeux. Les plus motivés se retrouvent lors du Trophée des seniors, dont la finale se joue pendant la Gamers Assembly à Poitiers.\n\n" +
          "Les ateliers créent du lien entre les générations, stimulent les résidents et les rapprochent des outils numériques. Après une évaluation de son utilité sociétale, le collectif s'est constitué en association en 2018 ; ses membres fondateurs restent engagés dans sa gouvernance.\n\n" +
          "Pour démultiplier son impact, chaque membre du collectif a présenté le bilan du projet dans ses propres réseaux nationaux, relayé par les médias. Le collectif a ensuite mis par écrit la façon dont le projet s'est construit et créé des kits d'animation, pour que d'autres structures puissent s'emparer de l'initiative.",
        objective:
          "Rompre l'isolement des seniors en établissement et les familiariser avec le numérique grâce à des ateliers réguliers animés par de jeunes volontaires, dans chaque établissement partenaire ; mesurer chaque année la participation des résidents et l'effet des ateliers sur leur lien social.",
        territory: {
          communeInsee: "86194",
          address: "",
          lat: null,
          lng: null,
          scale: "REGION",
          epci: "",
          coveredCommunes: [],
          coveredDepartements: ["86", "79", "16", "17"],
          coveredRegions: ["75"],
        },
        domainCodes: ["AGEING", "DIGITAL_INCLUSION", "SOCIAL_TIES"],
        stage: "SCALING",
        startDate: "2012-01-01",
        endDate: null,
        legalStructure: "ASSOCIATION",
        legalStructureDetail: "Collectif d'acteurs publics et privés devenu association en 2018",
        funding: [
          { source: "Fondation Macif", kind: "PATRONAGE", amountEur: null },
          { source: "Financements publics du bien-vieillir", kind: "PUBLIC", amountEur: null },
        ],
        fundingVisibility: "NETWORK",
        successFactors: [
          { factor: "CIVIL_SOCIETY_LED", score: 4, comment: "Le collectif est né d'acteurs associatifs, d'entreprises et d'une fondation." },
          { factor: "SHARED_CLEAR_OBJECTIVE", score: 4, comment: "Un objectif simple, partagé par tous les membres : le numérique au service du bien-vieillir." },
          { factor: "MEASURABLE_OBJECTIVES", score: 3, comment: "L'utilité sociétale du projet a été évaluée et le bilan diffusé." },
          { factor: "AUTHENTIC_GROWTH", score: 3, comment: "Le passage en association a gardé l'esprit collectif : tous les membres d'origine sont membres fondateurs." },
          { factor: "DIVERSITY_AND_LISTENING", score: 3, comment: "Entreprises, associations, fondation et chercheurs autour de la même table." },
        ],
        welcomesVisits: true,
        contact: { name: "Équipe Silver Geek", email: "contact@silver-geek.example", phone: "", visibility: "NETWORK" },
        website: "https://silver-geek.org",
        documents: [
          { key: "sg-kit", title: "Kit d'animation des ateliers Silver Geek", url: "https://essaim.example/ressources/silver-geek/kit-animation.pdf", kind: "ANIMATION_KIT", licence: "CC-BY-SA-4.0" },
          { key: "sg-methode", title: "Comment le projet s'est construit : la méthode Silver Geek", url: "https://essaim.example/ressources/silver-geek/methode.pdf", kind: "METHOD", licence: "CC-BY-SA-4.0" },
          { key: "sg-bilan", title: "Rapport d'évaluation de l'utilité sociétale de Silver Geek", url: "https://essaim.example/ressources/silver-geek/evaluation.pdf", kind: "REPORT", licence: "CC-BY-4.0" },
        ],
        scalingPlans: [
          plan({
            key: "sg-diffusion",
            kind: "DISSEMINATION",
            title: "Diffuser le bilan dans les réseaux de chaque membre et dans les médias",
            description: "Chaque membre du collectif présente le bilan du projet dans ses réseaux au niveau national ; les médias contribuent à faire connaître le projet.",
            status: "ACHIEVED",
            startDate: "2016-01-01",
            milestones: [
              { key: "sg-d1", title: "Publication du rapport d'évaluation", dueDate: "2016-06-30", done: true },
              { key: "sg-d2", title: "Présentation du bilan dans les réseaux nationaux des membres", dueDate: "2017-06-30", done: true },
            ],
          }),
          plan({
            key: "sg-modelisation",
            kind: "MODELLING",
            title: "Écrire la méthode et créer des kits d'animation",
            description: "Mettre par écrit la façon dont le projet s'est construit et créer des kits d'animation pour que d'autres structures puissent s'emparer de l'initiative.",
            status: "UNDER_WAY",
            startDate: "2017-01-01",
            neededResources: "Du temps de rédaction et de mise en forme ; les retours des établissements et des volontaires qui utilisent les kits.",
            obstacles: "Financer la mise à jour des kits et l'accompagnement des nouvelles structures.",
            milestones: [
              { key: "sg-m1", title: "Premier kit d'animation publié", dueDate: "2017-12-31", done: true },
              { key: "sg-m2", title: "Kit mis à jour avec les retours des nouveaux territoires", dueDate: "2027-06-30", done: false },
            ],
            funding: [
              { mechanism: "PRIVATE_FUNDERS", amountSought: null, amountObtained: null, note: "Acteurs privés de la silver économie, intéressés par le modèle" },
              { mechanism: "PUBLIC_FUNDING", amountSought: null, amountObtained: null, note: "Les acteurs publics sont invités à capitaliser sur le bilan de l'expérimentation" },
            ],
          }),
          plan({
            key: "sg-regions",
            kind: "GEOGRAPHIC",
            title: "Étendre les ateliers à d'autres régions",
            description: "Après le Poitou-Charentes, élargir le dispositif à d'autres régions françaises avec le soutien des membres du collectif.",
            status: "UNDER_WAY",
            startDate: "2017-01-01",
            targets: [
              { level: "REGION", code: "75", label: "Nouvelle-Aquitaine" },
              { level: "REGION", code: "24", label: "Centre-Val de Loire" },
            ],
            milestones: [{ key: "sg-g1", title: "Convention d'élargissement signée avec les partenaires", dueDate: "2017-12-31", done: true }],
            funding: [{ mechanism: "PATRONAGE", amountSought: null, amountObtained: null, note: "Fondation Macif" }],
          }),
        ],
      },
      indicators: [
        {
          catalogueCode: "PARTNERS_INVOLVED",
          baseline: { value: 4, date: "2013-01-01" },
          target: { value: 12, date: "2027-12-31" },
          measurements: [
            { value: 8, date: "2016-12-31", source: "Liste des membres du collectif" },
            { value: 10, date: "2018-01-17", source: "Membres fondateurs de l'association" },
            { value: 10, date: "2025-12-31", source: "Liste des membres de l'association" },
          ],
        },
        {
          catalogueCode: "PEOPLE_REACHED",
          baseline: { value: 0, date: "2014-01-01" },
          target: { value: 2000, date: "2027-12-31" },
          measurements: [
            { value: 350, date: "2023-12-31", source: "Registre des ateliers" },
            { value: 420, date: "2024-12-31", source: "Registre des ateliers" },
            { value: 480, date: "2025-12-31", source: "Registre des ateliers" },
          ],
        },
        {
          catalogueCode: "METHODS_SHARED",
          baseline: { value: 0, date: "2016-01-01" },
          target: { value: 3, date: "2027-06-30" },
          measurements: [
            { value: 1, date: "2017-12-31", source: "Documents publiés" },
            { value: 2, date: "2024-12-31", source: "Documents publiés" },
          ],
        },
        {
          catalogueCode: "PARTNER_TRUST_SCORE",
          baseline: { value: 3.6, date: "2023-06-30" },
          target: { value: 4.2, date: "2027-06-30" },
          measurements: [
            { value: 3.8, date: "2024-06-30", source: "Enquête annuelle auprès des membres" },
            { value: 4.0, date: "2025-06-30", source: "Enquête annuelle auprès des membres" },
          ],
        },
        {
          catalogueCode: null,
          custom: { name: "Établissements accueillant des ateliers", definition: "Établissements pour personnes âgées (résidences autonomie, EHPAD, clubs seniors) où au moins un cycle d'ateliers a eu lieu dans l'année.", unit: "COUNT", register: "PERFORMANCE" },
          baseline: { value: 0, date: "2014-01-01" },
          target: { value: 60, date: "2027-12-31" },
          measurements: [
            { value: 24, date: "2023-12-31", source: "Registre des ateliers" },
            { value: 29, date: "2024-12-31", source: "Registre des ateliers" },
            { value: 33, date: "2025-12-31", source: "Registre des ateliers" },
          ],
        },
      ],
      evidence: [
        { register: "INNOVATION", quote: "Chaque membre du collectif a diffusé le bilan du projet dans ses réseaux au niveau national, et les médias ont aussi fait connaître le projet. Ensuite, nous avons écrit la méthode et créé des kits d'animation pour que d'autres s'en emparent.", authorName: "Collectif Silver Geek", authorRole: "Membre du collectif", recordedOn: "2016-09-15" },
        { register: "PERFORMANCE", quote: "Les résultats très positifs de l'alliance, mis en avant dans un rapport, sont un atout pour aller convaincre de nouveaux financeurs.", authorName: "Fondation Macif", authorRole: "Chargée de mission, membre de Silver Geek", recordedOn: "2016-09-15" },
      ],
    },
    {
      slug: "agir-ensemble-charenton-saint-maurice",
      publishedAt: "2025-01-11",
      partners: [
        { name: "Club Gravelle Entreprendre", type: "NETWORK", communeInsee: "94018", role: "PILOT", description: "Club d'entreprises du territoire de Charenton, Saint-Maurice et Maisons-Alfort : porte l'alliance et mobilise les chefs d'entreprise." },
        { name: "Ville de Charenton-le-Pont", type: "LOCAL_AUTHORITY", communeInsee: "94018", role: "PUBLIC_PARTNER", description: "Direction de l'économie et de l'emploi : anime le dialogue territorial et accueille demandeurs d'emploi et jeunes." },
        { name: "Ville de Saint-Maurice", type: "LOCAL_AUTHORITY", communeInsee: "94069", role: "PUBLIC_PARTNER", description: "Commune voisine, associée à la démarche depuis l'ancienne communauté de communes." },
        { name: "Lycée Robert Schuman", type: "ACADEMIC", communeInsee: "94018", role: "OPERATOR", description: "Accueille les rencontres entre élèves et chefs d'entreprise." },
        { name: "Le RAMEAU", type: "ASSOCIATION", communeInsee: "94069", role: "MEMBER", description: "A apporté les méthodes et les outils de la démarche, adaptés ensuite au territoire." },
      ],
      draft: {
        name: "Agir ensemble à Charenton – Saint-Maurice",
        summary: "Un club d'entreprises et la ville de Charenton font travailler ensemble entreprises, établissements scolaires, associations et collectivités pour trouver des solutions aux besoins du territoire.",
        description:
          "La démarche « Agir ensemble sur le territoire » est née d'un dialogue entre les acteurs locaux (entreprises, associations, collectivités) ouvert par la communauté de communes de Charenton – Saint-Maurice, pour trouver ensemble des solutions à des questions d'intérêt général.\n\n" +
          "Première action, expérimentée à partir de 2012 : faire comprendre aux lycéens ce qu'est l'entreprise, avec le Club Gravelle Entreprendre, la direction de l'économie et de l'emploi de la ville et le lycée Robert Schuman. Des chefs d'entreprise du territoire viennent au lycée, les élèves travaillent en équipe sur des projets. Il a fallu environ 22 mois de l'idée à la mise en œuvre de ce premier partenariat, avec l'appui méthodologique du RAMEAU.\n\n" +
          "Depuis la création de la métropole du Grand Paris en 2016, la communauté de communes n'existe plus, mais la dynamique continue. Ses acteurs insistent sur la souplesse et sur le respect de la diversité des points de vue, grâce à une véritable écoute mutuelle. La confiance créée entre les acteurs du territoire est l'un de ses effets les plus visibles.",
        objective:
          "Réunir entreprises, établissements scolaires, associations et collectivités de Charenton-le-Pont et Saint-Maurice autour d'actions communes pour l'emploi et l'orientation des jeunes ; faire rencontrer des chefs d'entreprise à chaque promotion d'élèves volontaires du lycée partenaire et suivre chaque année le nombre d'entreprises engagées.",
        territory: {
          communeInsee: "94018",
          address: "",
          lat: null,
          lng: null,
          scale: "INTERCOMMUNALITY",
          epci: "",
          coveredCommunes: ["94069"],
          coveredDepartements: [],
          coveredRegions: [],
        },
        domainCodes: ["EDUCATION", "EMPLOYMENT", "LOCAL_ECONOMY", "SOCIAL_TIES"],
        stage: "CONSOLIDATION",
        startDate: "2012-01-01",
        endDate: null,
        legalStructure: "INFORMAL",
        legalStructureDetail: "Dialogue territorial animé par la collectivité et le club d'entreprises, sans structure dédiée",
        funding: [
          { source: "Ville de Charenton-le-Pont (temps de la direction de l'économie et de l'emploi)", kind: "PUBLIC", amountEur: null },
          { source: "Temps donné par les chefs d'entreprise du club", kind: "PATRONAGE", amountEur: null },
        ],
        fundingVisibility: "NETWORK",
        successFactors: [
          { factor: "ENTREPRENEURIAL_CULTURE", score: 4, comment: "L'alliance est portée par un club de chefs d'entreprise." },
          { factor: "FLEXIBILITY", score: 4, comment: "La souplesse est essentielle : on a avancé en marchant." },
          { factor: "DIVERSITY_AND_LISTENING", score: 4, comment: "Respecter la diversité des points de vue grâce à une véritable écoute mutuelle." },
          { factor: "SHARED_CLEAR_OBJECTIVE", score: 3, comment: "Un objectif partagé : trouver ensemble des solutions d'intérêt général pour le territoire." },
        ],
        welcomesVisits: true,
        contact: { name: "Club Gravelle Entreprendre", email: "", phone: "", visibility: "NETWORK" },
        website: "",
        documents: [],
        scalingPlans: [
          plan({
            key: "ch-geo",
            kind: "GEOGRAPHIC",
            title: "Essaimer la démarche dans d'autres territoires",
            description: "Partager la démarche au-delà de Charenton et de Saint-Maurice : d'abord avec les communes voisines du territoire Paris Est Marne & Bois, puis avec d'autres clubs d'entreprises et collectivités qui veulent la reprendre.",
            status: "UNDER_WAY",
            startDate: "2026-01-01",
            targets: [
              { level: "COMMUNE", code: "94046", label: "Maisons-Alfort" },
              { level: "DEPARTEMENT", code: "94", label: "Val-de-Marne" },
            ],
            neededResources: "Des chefs d'entreprise et des agents de la collectivité disponibles pour témoigner et accompagner.",
            obstacles: "Trouver dans chaque territoire un club d'entreprises et une collectivité prêts à s'engager ensemble.",
            milestones: [{ key: "ch-g1", title: "Rencontre avec un club d'entreprises et une ville voisins", dueDate: "2026-12-31", done: false }],
          }),
          plan({
            key: "ch-secteurs",
            kind: "SECTORAL",
            title: "Appliquer la démarche au handicap et à la précarité",
            description: "Répondre à d'autres besoins du territoire, comme le handicap ou la précarité, avec la même alliance d'acteurs.",
            status: "CONSIDERED",
            targets: [
              { level: "DOMAIN", code: "DISABILITY", label: "Handicap" },
              { level: "DOMAIN", code: "PRECARITY", label: "Précarité et pauvreté" },
            ],
          }),
        ],
      },
      indicators: [
        {
          catalogueCode: "PARTNER_TRUST_SCORE",
          baseline: { value: 3.2, date: "2023-06-30" },
          target: { value: 4.0, date: "2027-06-30" },
          measurements: [
            { value: 3.5, date: "2024-06-30", source: "Enquête annuelle auprès des partenaires" },
            { value: 3.7, date: "2025-06-30", source: "Enquête annuelle auprès des partenaires" },
          ],
        },
        {
          catalogueCode: "PARTNERS_INVOLVED",
          baseline: { value: 3, date: "2012-01-01" },
          target: { value: 10, date: "2027-12-31" },
          measurements: [
            { value: 5, date: "2024-12-31", source: "Liste des partenaires actifs" },
            { value: 6, date: "2025-12-31", source: "Liste des partenaires actifs" },
          ],
        },
        {
          catalogueCode: null,
          custom: { name: "Entreprises du club engagées auprès des élèves", definition: "Chefs d'entreprise ou entreprises du club venus au moins une fois au lycée ou ayant accueilli des élèves dans l'année scolaire.", unit: "COUNT", register: "TRUST" },
          baseline: { value: 4, date: "2014-09-01" },
          target: { value: 15, date: "2027-06-30" },
          measurements: [
            { value: 9, date: "2024-06-30", source: "Bilan de l'année scolaire" },
            { value: 11, date: "2025-06-30", source: "Bilan de l'année scolaire" },
          ],
        },
      ],
      evidence: [
        { register: "TRUST", quote: "La confiance que l'alliance crée entre les acteurs du territoire est beaucoup plus difficile à mesurer que la performance, mais on la voit très bien à Charenton – Saint-Maurice.", authorName: "Le RAMEAU", authorRole: "Président-fondateur", recordedOn: "2016-09-15" },
        { register: "TRUST", quote: "La souplesse est essentielle, tout comme le respect de la diversité des points de vue, grâce à une véritable écoute mutuelle.", authorName: "Ville de Charenton-le-Pont", authorRole: "Direction de l'économie et de l'emploi", recordedOn: "2016-09-15" },
      ],
    },
    {
      slug: "adb-solidatech",
      publishedAt: "2025-01-12",
      partners: [
        { name: "Les Ateliers du Bocage", type: "COMPANY", communeInsee: lePin, role: "PILOT", description: "Coopérative d'insertion du mouvement Emmaüs, spécialisée dans le réemploi du matériel informatique ; porte le programme Solidatech." },
        { name: "Emmaüs France", type: "NETWORK", communeInsee: null, role: "MEMBER", description: "Mouvement auquel appartiennent Les Ateliers du Bocage." },
        { name: "TechSoup", type: "NETWORK", communeInsee: null, role: "MEMBER", description: "Réseau international de dons de logiciels aux associations, dont Solidatech est le partenaire en France." },
      ],
      draft: {
        name: "ADB Solidatech",
        summary: "Du matériel informatique reconditionné et des services numériques à tarif solidaire pour les associations, en s'appuyant sur des dispositifs qui existent déjà.",
        description:
          "Solidatech est un programme lancé en 2008 par Les Ateliers du Bocage, entreprise d'insertion du mouvement Emmaüs installée au Pin, dans le nord des Deux-Sèvres. Il aide les associations à s'équiper : logiciels donnés ou à prix réduit par des éditeurs, matériel informatique reconditionné, accompagnement au numérique.\n\n" +
          "Le reconditionnement est assuré par des salariés en insertion ou en situation de handicap : l'équipement des associations, le réemploi du matériel et l'emploi local vont ensemble.\n\n" +
          "Son conseil aux nouveaux projets : s'intégrer dans des dispositifs déjà existants plutôt que de créer de nouvelles structures.",
        objective:
          "Permettre chaque année à davantage d'associations de s'équiper en logiciels et en matériel informatique reconditionné à tarif solidaire, en passant par les dispositifs et réseaux existants plutôt qu'en créant de nouvelles structures ; suivre chaque année le nombre d'associations équipées.",
        territory: {
          communeInsee: lePin,
          address: "",
          lat: null,
          lng: null,
          scale: "NATIONAL",
          epci: "",
          coveredCommunes: [],
          coveredDepartements: [],
          coveredRegions: [],
        },
        domainCodes: ["DIGITAL_INCLUSION", "EMPLOYMENT", "ENVIRONMENT"],
        stage: "LASTING",
        startDate: "2008-04-01",
        endDate: null,
        legalStructure: "SCIC",
        legalStructureDetail: "Programme des Ateliers du Bocage, coopérative d'insertion membre d'Emmaüs",
        funding: [{ source: "Vente de matériel reconditionné et de services aux associations", kind: "OWN_RESOURCES", amountEur: null }],
        fundingVisibility: "PUBLIC",
        successFactors: [
          { factor: "ENTREPRENEURIAL_CULTURE", score: 4, comment: "Un modèle économique fondé sur la vente de services à prix solidaire." },
          { factor: "AUTHENTIC_GROWTH", score: 3, comment: "Le programme a grandi sans perdre sa vocation sociale." },
          { factor: "FLEXIBILITY", score: 3, comment: "S'appuyer sur ce qui existe plutôt que tout reconstruire." },
        ],
        welcomesVisits: false,
        contact: { name: "", email: "", phone: "", visibility: "PRIVATE" },
        website: "https://www.solidatech.fr",
        documents: [],
        scalingPlans: [
          plan({
            key: "adb-existants",
            kind: "EXISTING_SCHEME",
            title: "Intégrer les nouveaux projets dans des dispositifs existants",
            description: "Plutôt que de créer de nouvelles structures, faire passer les nouveaux projets par les dispositifs et réseaux d'accompagnement des associations qui existent déjà.",
            status: "UNDER_WAY",
            startDate: "2020-01-01",
            neededResources: "Des partenariats avec les réseaux associatifs et les dispositifs d'accompagnement existants.",
            obstacles: "Rendre l'offre visible dans des dispositifs portés par d'autres.",
          }),
        ],
      },
      indicators: [
        {
          catalogueCode: "ORGANISATIONS_SERVED",
          baseline: { value: 0, date: "2008-04-01" },
          target: { value: 1000, date: "2027-12-31" },
          measurements: [
            { value: 600, date: "2024-12-31", source: "Fichier des associations clientes" },
            { value: 700, date: "2025-12-31", source: "Fichier des associations clientes" },
          ],
        },
        {
          catalogueCode: "JOBS_CREATED_KEPT",
          baseline: { value: 0, date: "2008-04-01" },
          target: { value: 15, date: "2027-12-31" },
          measurements: [{ value: 10, date: "2025-12-31", source: "Registre du personnel" }],
        },
      ],
      evidence: [
        { register: "INNOVATION", quote: "Plutôt que de créer de nouvelles structures, mieux vaut intégrer les nouveaux projets dans des dispositifs qui existent déjà.", authorName: "ADB Solidatech", authorRole: "Chargée de communication", recordedOn: "2016-09-15" },
      ],
    },
  ];
}
