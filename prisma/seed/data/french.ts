// French grammar for generated texts: "à Poitiers", "au Pin", "d'Angers", "de la Vienne"…

// Elision before a vowel; "h" is left alone (h aspiré and h muet cannot be told apart here).
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

function startsWithVowelSound(word: string): boolean {
  return VOWEL.test(word);
}

/** "à Poitiers", "au Pin", "aux Mureaux", "à La Rochelle", "à L'Isle-Adam". */
export function inCommune(name: string): string {
  if (name.startsWith("Le ")) return `au ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** "de Poitiers", "du Pin", "des Mureaux", "d'Angers", "de La Rochelle". */
export function ofCommune(name: string): string {
  if (name.startsWith("Le ")) return `du ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `des ${name.slice(4)}`;
  if (startsWithVowelSound(name)) return `d'${name}`;
  return `de ${name}`;
}

// Article of each département, for "de la Vienne", "du Val-de-Marne", "des Deux-Sèvres", "de l'Ain".
const ARTICLES: Record<string, "la" | "le" | "les" | "l" | ""> = {};
const GROUPS: [("la" | "le" | "les" | "l" | ""), string][] = [
  ["la", "16 17 19 21 2A 2B 23 24 26 31 33 42 43 44 48 50 51 52 53 54 55 57 58 70 71 72 73 74 76 77 80 85 86 87 93 971 972 973"],
  ["le", "14 15 18 25 29 30 32 39 41 45 46 47 49 56 59 62 63 67 68 69 81 82 83 84 90 94 95"],
  ["les", "04 05 06 08 13 22 40 64 65 66 78 79 88 92"],
  ["l", "01 02 03 07 09 10 11 12 27 28 34 35 36 37 38 60 61 89 91"],
  ["", "75 974 976"],
];
for (const [article, codes] of GROUPS) for (const code of codes.split(" ")) ARTICLES[code] = article;

/** "de la Vienne", "du Val-de-Marne", "des Deux-Sèvres", "de l'Ain", "de Paris", "de La Réunion". */
export function ofDepartement(code: string, name: string): string {
  switch (ARTICLES[code]) {
    case "la":
      return `de la ${name}`;
    case "le":
      return `du ${name}`;
    case "les":
      return `des ${name}`;
    case "l":
      return `de l'${name}`;
    default:
      return startsWithVowelSound(name) ? `d'${name}` : `de ${name}`;
  }
}

/** "Nouvelle-Aquitaine" → "en Nouvelle-Aquitaine"; "La Réunion" → "à La Réunion"; "Mayotte" → "à Mayotte". */
export function inRegion(name: string): string {
  if (name === "La Réunion" || name === "Mayotte") return `à ${name}`;
  return `en ${name}`;
}

/** Slug: no accents, lower case, hyphens. */
export function slugify(text: string, max = 70): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, max)
    .replace(/-$/, "");
}

/** Replaces {key} placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
