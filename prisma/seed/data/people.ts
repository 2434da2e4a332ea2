// Plausible French names and roles for the network's catalysts (fictional people).

export type FirstName = { name: string; feminine: boolean };

const F = (names: string): FirstName[] => names.split(" ").map((name) => ({ name: name.replace(/_/g, " "), feminine: true }));
const M = (names: string): FirstName[] => names.split(" ").map((name) => ({ name: name.replace(/_/g, " "), feminine: false }));

export const FIRST_NAMES: readonly FirstName[] = [
  ...F(
    "Camille Claire Sophie Isabelle Nathalie Céline Émilie Aurélie Léa Manon Fatima Sandrine Marion Élodie Chloé Inès Anne Hélène Aïcha Pauline Gaëlle Maëlle Delphine Nadia Agnès Tiphaine Marie Julie Sarah Laure Mathilde Valérie Christine Véronique Sylvie Catherine Brigitte Martine Françoise Amandine Audrey Charlotte Lucie Margaux Océane Yasmina Leïla Samira Rose Jeanne Louise Anaïs Morgane Solène Armelle Nolwenn Soizic Bénédicte Capucine Ophélie Coralie Fabienne Corinne Karine Élise Noémie Zoé Salomé Myriam Hawa Mariama Rokia",
  ),
  ...M(
    "Julien Nicolas Thomas Mathieu Antoine Pierre François Hugo Karim Yannick Olivier Rachid Bruno Jérôme Laurent Mehdi Stéphane Vincent Lucas Sébastien Cédric Romain Loïc Philippe Jean-Pierre Jean-Marc Patrick Didier Frédéric Alain Christophe Arnaud Guillaume Benoît Xavier Damien Fabrice Grégory Alexandre Maxime Adrien Baptiste Clément Erwan Gwenaël Ronan Killian Samuel Youssef Moussa Ibrahim Amadou Hamid Sofiane Tristan Gaspard Étienne Raphaël Emmanuel Thierry Dominique Gilles Hervé Marc Yves Régis",
  ),
];

export const LAST_NAMES: readonly string[] = (
  "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Da_Silva Hubert Louis Charles Guillot Rivière Le_Gall Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Menard Fleury Deschamps Carpentier Julien Benard Paris Maillard Marie Aubry Collet Benoît Cousin Charpentier Bouvier Leblanc Haddad Benali Mansouri Diallo Traoré Nguyen Tran Kaya Yilmaz Ferreira Pereira Costa"
)
  .split(" ")
  .map((name) => name.replace(/_/g, " "));

/** Names more frequent in some régions, used now and then for local colour. */
export const REGIONAL_LAST_NAMES: Readonly<Record<string, readonly string[]>> = {
  "01": ["Jean-Baptiste", "Bélénus", "Lacroix", "Jean-Louis", "Nicolas", "Rosier", "Alexis", "Ramassamy"],
  "02": ["Jean-Louis", "Marie-Sainte", "Louis-Joseph", "Saint-Cyr", "Rosine", "Sainte-Rose", "Bellance", "Alexandrine"],
  "03": ["Édouard", "Horth", "Pindard", "Chow-Chine", "Sabayo", "Panelle", "Karam", "Lony"],
  "04": ["Payet", "Hoarau", "Grondin", "Fontaine", "Técher", "Rivière", "Boyer", "Maillot", "Nativel", "Hoareau"],
  "06": ["Madi", "Ahamada", "Ali", "Abdallah", "Soilihi", "Attoumani", "Combo", "Mohamed"],
  "53": ["Le Goff", "Le Bihan", "Le Gall", "Guivarc'h", "Tanguy", "Le Roux", "Kerhervé", "Le Floc'h", "Morvan", "Le Corre"],
  "94": ["Santoni", "Leca", "Casanova", "Susini", "Albertini", "Mattei", "Luciani", "Paoli"],
  "44": ["Muller", "Schneider", "Weber", "Klein", "Wagner", "Koenig", "Zimmermann", "Schaeffer"],
  "76": ["Etcheverry", "Bousquet", "Fabre", "Cazals", "Castex", "Soulié", "Marty", "Bonnafous"],
};

/** Where catalysts work: the sentence reads "{role} {where}". */
export const CATALYST_ROLES: readonly { feminine: string; masculine: string; where: "epci" | "commune" | "departement" | "region" }[] = [
  { feminine: "Chargée de mission développement territorial", masculine: "Chargé de mission développement territorial", where: "epci" },
  { feminine: "Directrice du développement économique", masculine: "Directeur du développement économique", where: "epci" },
  { feminine: "Dirigeante d'une PME et présidente d'un club d'entreprises", masculine: "Dirigeant d'une PME et président d'un club d'entreprises", where: "commune" },
  { feminine: "Directrice d'un centre social", masculine: "Directeur d'un centre social", where: "commune" },
  { feminine: "Déléguée territoriale d'une fondation d'entreprise", masculine: "Délégué territorial d'une fondation d'entreprise", where: "region" },
  { feminine: "Coordinatrice d'un pôle territorial de coopération économique", masculine: "Coordinateur d'un pôle territorial de coopération économique", where: "departement" },
  { feminine: "Responsable de l'engagement sociétal d'une entreprise", masculine: "Responsable de l'engagement sociétal d'une entreprise", where: "region" },
  { feminine: "Adjointe au maire chargée de la vie associative", masculine: "Adjoint au maire chargé de la vie associative", where: "commune" },
  { feminine: "Animatrice d'un réseau d'associations", masculine: "Animateur d'un réseau d'associations", where: "departement" },
  { feminine: "Consultante en ingénierie de projets partenariaux", masculine: "Consultant en ingénierie de projets partenariaux", where: "region" },
  { feminine: "Directrice d'une structure d'insertion", masculine: "Directeur d'une structure d'insertion", where: "commune" },
  { feminine: "Cheffe de projet d'un contrat de ville", masculine: "Chef de projet d'un contrat de ville", where: "commune" },
];

export const BIO_ENDINGS: readonly string[] = [
  "Convaincue qu'il faut d'abord aller voir ceux qui sont déjà en marche, elle accueille volontiers des porteurs de projet.",
  "Convaincu qu'il faut d'abord aller voir ceux qui sont déjà en marche, il accueille volontiers des porteurs de projet.",
];

export const BIO_FOCUS: readonly string[] = [
  "Accompagne des alliances entre entreprises, associations et collectivités depuis plusieurs années.",
  "Aide les acteurs du territoire à se fixer un objectif commun clair et mesurable.",
  "S'intéresse surtout au passage de l'expérimentation à l'essaimage.",
  "Anime des rencontres entre pairs pour partager ce qui marche et ce qui coince.",
  "A participé à la création de plusieurs alliances et à leur structuration juridique.",
  "Travaille à rapprocher le monde de l'entreprise et le monde associatif.",
];
