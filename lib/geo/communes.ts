/** Offline French geography (communes, départements, régions, EPCI) read from data/geo/, with a fast in-memory search. */
import fs from "node:fs";
import path from "node:path";

/**
 * Folder of the generated data, relative to the project root (the app and the scripts run from there).
 * List its JSON files in Next's `outputFileTracingIncludes` (for example `{ "/**": ["./data/geo/*.json"] }`)
 * so that traced and standalone builds ship them.
 */
export const GEO_DATA_DIR = "data/geo";

/** Communes are shared by every caller and frozen (postcodes included): copy before changing one. */
export type Commune = {
  insee: string;
  name: string;
  postcodes: string[];
  departement: string;
  region: string;
  lat: number;
  lng: number;
  population: number;
  epci: string | null;
};

/**
 * How far to trust a commune's coordinates: "place" is the commune's own GeoNames place (its chef-lieu),
 * "locality" another place inside it, "estimated" the centre of its located neighbours (a few km off).
 */
export type CoordinatePrecision = "place" | "locality" | "estimated";

export type Departement = { code: string; name: string; region: string; chefLieu: string; lat: number; lng: number };
export type Region = { code: string; name: string; chefLieu: string; lat: number; lng: number };
export type Epci = {
  siren: string;
  name: string;
  /** CC, CA, CU, METRO or MET69 (Métropole de Lyon). */
  type: string;
  population: number;
  /** INSEE codes of the member communes, sorted. */
  members: string[];
  lat: number;
  lng: number;
};

type CommuneRow = [string, string, string[], string, number, number, number, number];
type CommunesFile = { aliases: Record<string, string>; rows: CommuneRow[] };

/**
 * Sorted keys with the population rank of the commune each belongs to: every key starting with a
 * prefix sits in one contiguous run, found by binary search.
 */
type SortedKeys = { keys: string[]; ranks: Int32Array };

/**
 * Search structures. Communes are numbered by "rank", their position by decreasing population:
 * visiting candidate ranks in increasing order yields each tier of results already sorted.
 */
type SearchIndex = {
  byRank: Commune[];
  rankByInsee: Map<string, number>;
  /** " " + normalised name: a word starts at every " " + token. */
  spaced: string[];
  /**
   * Names without separators, for queries typed without them ("charentonlepont"), joined by "\n" in
   * rank order: one native indexOf() pass over it beats testing 35,000 strings one by one.
   */
  compactText: string;
  /** Offset in compactText where each rank's name starts. */
  compactStarts: Int32Array;
  exactName: Map<string, number[]>;
  names: SortedKeys;
  words: SortedKeys;
  postcodes: SortedKeys;
  /** Scratch space, one byte per rank, cleared after each search. */
  marks: Uint8Array;
};

type EpciEntry = { epci: Epci; name: string; spaced: string };

type GeoStore = {
  communes: readonly Commune[];
  byInsee: Map<string, Commune>;
  aliases: Map<string, string>;
  precision: Map<string, CoordinatePrecision>;
  /** Built on the first commune search only: pages that just look codes up skip its cost. */
  search: SearchIndex | null;
  departements: readonly Departement[];
  departementByCode: Map<string, Departement>;
  regions: readonly Region[];
  regionByCode: Map<string, Region>;
  epcis: readonly Epci[];
  epciBySiren: Map<string, Epci>;
  epciSearch: EpciEntry[];
  /** Normalised commune name → EPCI sirens of the communes bearing it. */
  epciByCommuneName: Map<string, string[]>;
};

const PRECISIONS: readonly CoordinatePrecision[] = ["place", "locality", "estimated"];

// Paths are spelled out in full so that Next's file tracing can see them.
function readCommunesFile(): CommunesFile {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), "data/geo/communes.json"), "utf8")) as CommunesFile;
}
function readDepartements(): Departement[] {
  const file = JSON.parse(fs.readFileSync(path.join(process.cwd(), "data/geo/departements.json"), "utf8")) as {
    departements: Departement[];
  };
  return file.departements;
}
function readRegions(): Region[] {
  const file = JSON.parse(fs.readFileSync(path.join(process.cwd(), "data/geo/regions.json"), "utf8")) as {
    regions: Region[];
  };
  return file.regions;
}
function readEpcis(): Epci[] {
  const file = JSON.parse(fs.readFileSync(path.join(process.cwd(), "data/geo/epci.json"), "utf8")) as { epci: Epci[] };
  return file.epci;
}

/**
 * Folds text for matching: no accents, lower case, œ/æ spelled out, any run of other characters
 * (spaces, hyphens, apostrophes) as one space. "L'Île-d'Yeu" → "l ile d yeu".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const ABBREVIATIONS: Readonly<Record<string, string>> = { st: "saint", ste: "sainte", sts: "saints", stes: "saintes" };

/**
 * Spells out "St"/"Ste" when another word follows, so "St-Maurice" finds Saint-Maurice while a
 * lone "st" (someone starting to type "Strasbourg") stays a prefix.
 */
function expandAbbreviations(normalized: string): string {
  const tokens = normalized.split(" ");
  return tokens.map((t, i) => (i < tokens.length - 1 ? (ABBREVIATIONS[t] ?? t) : t)).join(" ");
}

function byPopulationThenCode(a: { population: number; insee?: string; siren?: string }, b: typeof a): number {
  if (a.population !== b.population) return b.population - a.population;
  const ka = a.insee ?? a.siren ?? "";
  const kb = b.insee ?? b.siren ?? "";
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function freezeAll<T extends object>(items: T[]): readonly T[] {
  for (const item of items) Object.freeze(item);
  return Object.freeze(items);
}

function sortedKeys(pairs: [string, number][]): SortedKeys {
  const groups = new Map<string, number[]>();
  for (const [key, rank] of pairs) {
    const list = groups.get(key);
    if (list) list.push(rank);
    else groups.set(key, [rank]);
  }
  // The default sort compares UTF-16 code units natively, the order in which startsWith() runs are
  // contiguous, and much faster than a comparator. Ranks within a key need no order: collect() sorts.
  const unique = [...groups.keys()].sort();
  const keys: string[] = [];
  const ranks: number[] = [];
  for (const key of unique) {
    for (const rank of groups.get(key) ?? []) {
      keys.push(key);
      ranks.push(rank);
    }
  }
  return { keys, ranks: Int32Array.from(ranks) };
}

function buildSearchIndex(communes: readonly Commune[]): SearchIndex {
  const byRank = [...communes].sort(byPopulationThenCode);
  const normalized = byRank.map((c) => normalizeSearchText(c.name));
  const exactName = new Map<string, number[]>();
  const names: [string, number][] = [];
  const words: [string, number][] = [];
  const postcodes: [string, number][] = [];
  normalized.forEach((name, rank) => {
    const same = exactName.get(name);
    if (same) same.push(rank);
    else exactName.set(name, [rank]);
    names.push([name, rank]);
    for (const word of new Set(name.split(" "))) words.push([word, rank]);
    for (const pc of byRank[rank]?.postcodes ?? []) postcodes.push([pc, rank]);
  });
  return {
    byRank,
    rankByInsee: new Map(byRank.map((c, rank) => [c.insee, rank])),
    spaced: normalized.map((n) => ` ${n}`),
    ...compactHaystack(normalized),
    exactName,
    names: sortedKeys(names),
    words: sortedKeys(words),
    postcodes: sortedKeys(postcodes),
    marks: new Uint8Array(byRank.length),
  };
}

function compactHaystack(normalized: readonly string[]): { compactText: string; compactStarts: Int32Array } {
  const compactStarts = new Int32Array(normalized.length);
  let offset = 0;
  const parts = normalized.map((name, rank) => {
    const compact = name.replace(/ /g, "");
    compactStarts[rank] = offset;
    offset += compact.length + 1;
    return compact;
  });
  return { compactText: parts.join("\n"), compactStarts };
}

/** Rank whose compact name contains the given offset of compactText. */
function rankAtOffset(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index range [start, end) of the keys starting with prefix. */
function prefixRange({ keys }: SortedKeys, prefix: string): [number, number] {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] ?? "") < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < keys.length && (keys[end] ?? "").startsWith(prefix)) end++;
  return [lo, end];
}

let store: GeoStore | null = null;

/** Loads everything once, on first use (about 0.1 s; the commune search index adds about 0.2 s on first search). */
function load(): GeoStore {
  if (store) return store;

  const departementsList = readDepartements();
  const departementByCode = new Map(departementsList.map((d) => [d.code, d]));
  const regionsList = readRegions();
  const epciList = readEpcis();
  for (const e of epciList) Object.freeze(e.members);
  const epciOf = new Map<string, string>();
  for (const e of epciList) for (const m of e.members) epciOf.set(m, e.siren);

  const file = readCommunesFile();
  const precision = new Map<string, CoordinatePrecision>();
  const communesList: Commune[] = file.rows.map(([insee, name, postcodes, departement, lat, lng, population, prec]) => {
    precision.set(insee, PRECISIONS[prec] ?? "estimated");
    return {
      insee,
      name,
      postcodes: Object.freeze(postcodes) as string[],
      departement,
      region: departementByCode.get(departement)?.region ?? "",
      lat,
      lng,
      population,
      epci: epciOf.get(insee) ?? null,
    };
  });
  const communes = freezeAll(communesList);
  const byInsee = new Map(communes.map((c) => [c.insee, c]));

  const epcis = freezeAll(epciList);
  const epciSearch = [...epcis].sort(byPopulationThenCode).map((epci) => {
    // EPCI names abbreviate ("St-Gildas-des-Bois"), so both sides get the long form.
    const name = normalizeSearchText(epci.name)
      .split(" ")
      .map((t) => ABBREVIATIONS[t] ?? t)
      .join(" ");
    return { epci, name, spaced: ` ${name}` };
  });
  const epciByCommuneName = new Map<string, string[]>();
  for (const c of communes) {
    if (!c.epci) continue;
    const key = normalizeSearchText(c.name);
    const list = epciByCommuneName.get(key);
    if (list) list.push(c.epci);
    else epciByCommuneName.set(key, [c.epci]);
  }

  store = {
    communes,
    byInsee,
    aliases: new Map(Object.entries(file.aliases)),
    precision,
    search: null,
    departements: freezeAll(departementsList),
    departementByCode,
    regions: freezeAll(regionsList),
    regionByCode: new Map(regionsList.map((r) => [r.code, r])),
    epcis,
    epciBySiren: new Map(epcis.map((e) => [e.siren, e])),
    epciSearch,
    epciByCommuneName,
  };
  return store;
}

function searchIndex(s: GeoStore): SearchIndex {
  s.search ??= buildSearchIndex(s.communes);
  return s.search;
}

/** Every current commune (metropolitan France and the five DROM), sorted by INSEE code. */
export function allCommunes(): readonly Commune[] {
  return load().communes;
}

/**
 * The commune with this INSEE code. Codes of the arrondissements municipaux (75111, 69383, 13205…),
 * which the national address API returns, resolve to Paris, Lyon or Marseille.
 */
export function getCommune(insee: string): Commune | null {
  const s = load();
  const code = insee.trim().toUpperCase();
  return s.byInsee.get(code) ?? s.byInsee.get(s.aliases.get(code) ?? "") ?? null;
}

/** How trustworthy getCommune(insee)'s lat/lng are; null for an unknown code. */
export function getCoordinatePrecision(insee: string): CoordinatePrecision | null {
  const commune = getCommune(insee);
  return commune ? (load().precision.get(commune.insee) ?? null) : null;
}

const CODE_QUERY = /^(?:\d{1,5}|2[ab]\d{0,3})$/i;

/**
 * Finds communes by postcode prefix ("860", "86000"), INSEE code ("86194", "2A004") or name, ignoring
 * accents, case, hyphens and apostrophes. Names rank: exact name, then names starting with the query,
 * then names whose words start with the query's words, then names containing it without separators;
 * each tier by decreasing population. Codes rank: exact INSEE code or postcode, then postcode prefixes
 * (or, for Corsica's "2A"/"2B", INSEE code prefixes).
 */
export function searchCommunes(query: string, limit = 10): Commune[] {
  if (!(limit > 0)) return [];
  const trimmed = query.trim();
  if (trimmed === "") return [];
  const s = load();
  return CODE_QUERY.test(trimmed) ? searchByCode(s, trimmed.toUpperCase(), limit) : searchByName(s, trimmed, limit);
}

// Tiers, as marks: lower is better. 0 means "not a candidate".
const EXACT = 1;
const PREFIX = 2;
const WORDS = 3;

/**
 * Visits the marked ranks in increasing order (so by decreasing population) and fills the tiers:
 * every exact match, then up to `limit` of the others. Clears the marks it used.
 */
function collect(
  index: SearchIndex,
  limit: number,
  accepts: (rank: number) => boolean,
  verifyWords: (rank: number) => boolean,
): Commune[] {
  const { marks, byRank } = index;
  const tiers: Commune[][] = [[], [], [], []];
  for (let rank = 0; rank < marks.length; rank++) {
    const tier = marks[rank] ?? 0;
    if (tier === 0) continue;
    marks[rank] = 0;
    const list = tiers[tier];
    const commune = byRank[rank];
    if (!list || !commune) continue;
    if (tier !== EXACT && list.length >= limit) continue;
    if (tier === WORDS && !verifyWords(rank)) continue;
    if (accepts(rank)) list.push(commune);
  }
  return tiers.flat().slice(0, limit);
}

function searchByCode(s: GeoStore, code: string, limit: number): Commune[] {
  const index = searchIndex(s);
  // An INSEE code and a postcode can coincide (97411: Saint-Denis's code, one of Saint-Paul's postcodes):
  // both are exact matches, the larger commune first.
  const inseeRank = code.length === 5 ? index.rankByInsee.get(code) : undefined;
  if (inseeRank !== undefined) index.marks[inseeRank] = EXACT;
  if (!/^\d+$/.test(code)) {
    // "2A", "2B0…": Corsican INSEE codes have letters, their postcodes (20xxx) do not.
    index.byRank.forEach((c, rank) => {
      if (rank !== inseeRank && c.insee.startsWith(code)) index.marks[rank] = PREFIX;
    });
  } else {
    const [start, end] = prefixRange(index.postcodes, code);
    for (let i = start; i < end; i++) {
      const rank = index.postcodes.ranks[i] ?? 0;
      const tier = index.postcodes.keys[i] === code ? EXACT : PREFIX;
      if (index.marks[rank] === 0 || tier < (index.marks[rank] ?? 0)) index.marks[rank] = tier;
    }
  }
  return collect(index, limit, () => true, () => true);
}

function searchByName(s: GeoStore, query: string, limit: number): Commune[] {
  const index = searchIndex(s);
  // "86000 Poitiers", "Saint-Denis 974": numbers narrow the name search to a postcode or INSEE prefix.
  const parts = normalizeSearchText(query).split(" ");
  const codes = parts.filter((t) => /^\d{2,5}$/.test(t));
  const q = expandAbbreviations(parts.filter((t) => !/^\d{2,5}$/.test(t)).join(" "));
  if (q === "") return [];
  const accepts = (rank: number): boolean => {
    const c = index.byRank[rank];
    return (
      c !== undefined &&
      codes.every((code) => c.insee.startsWith(code) || c.postcodes.some((pc) => pc.startsWith(code)))
    );
  };
  const { marks } = index;
  for (const rank of index.exactName.get(q) ?? []) marks[rank] = EXACT;
  const [nameStart, nameEnd] = prefixRange(index.names, q);
  for (let i = nameStart; i < nameEnd; i++) {
    const rank = index.names.ranks[i] ?? 0;
    if (marks[rank] === 0) marks[rank] = PREFIX;
  }
  // Word prefixes: candidates from the token with the fewest words, checked against every token later.
  const tokens = q.split(" ");
  let driver: [number, number] = [0, 0];
  let driverSize = Number.POSITIVE_INFINITY;
  for (const token of tokens) {
    const range = prefixRange(index.words, token);
    if (range[1] - range[0] < driverSize) {
      driver = range;
      driverSize = range[1] - range[0];
    }
  }
  for (let i = driver[0]; i < driver[1]; i++) {
    const rank = index.words.ranks[i] ?? 0;
    if (marks[rank] === 0) marks[rank] = WORDS;
  }
  const spacedTokens = tokens.map((t) => ` ${t}`);
  const results = collect(index, limit, accepts, (rank) => {
    const spaced = index.spaced[rank] ?? "";
    return spacedTokens.every((t) => spaced.includes(t));
  });
  // Last resort, for names typed without separators ("charentonlepont"), from 4 characters on.
  const compactQ = q.replace(/ /g, "");
  if (results.length < limit && compactQ.length >= 4) {
    let from = 0;
    while (results.length < limit) {
      const at = index.compactText.indexOf(compactQ, from);
      if (at < 0) break;
      const rank = rankAtOffset(index.compactStarts, at);
      const commune = index.byRank[rank];
      if (commune && !results.includes(commune) && accepts(rank)) results.push(commune);
      // Next name: one hit per commune is enough.
      from = index.compactStarts[rank + 1] ?? index.compactText.length;
    }
  }
  return results;
}

/** The 101 départements, sorted by code (2A and 2B after 29, the DROM 971–976 last). */
export function listDepartements(): readonly Departement[] {
  return load().departements;
}

export function getDepartement(code: string): Departement | null {
  return load().departementByCode.get(code.trim().toUpperCase()) ?? null;
}

/** The 18 régions, sorted by INSEE code (the five DROM, 01 to 06, first). */
export function listRegions(): readonly Region[] {
  return load().regions;
}

export function getRegion(code: string): Region | null {
  return load().regionByCode.get(code.trim()) ?? null;
}

export function getEpci(siren: string): Epci | null {
  return load().epciBySiren.get(siren.trim()) ?? null;
}

/** Every EPCI à fiscalité propre, sorted by SIREN. */
export function listEpcis(): readonly Epci[] {
  return load().epcis;
}

/**
 * Finds EPCI by SIREN prefix or name (same folding as communes; "St-" and "Ste-" in names are spelled out):
 * exact name, then name prefix, then word prefixes, then the EPCI of a commune named exactly like the query.
 */
export function searchEpci(query: string, limit = 10): Epci[] {
  if (!(limit > 0)) return [];
  const trimmed = query.trim();
  if (trimmed === "") return [];
  const s = load();
  if (/^\d+$/.test(trimmed)) {
    return s.epciSearch.filter((e) => e.epci.siren.startsWith(trimmed)).slice(0, limit).map((e) => e.epci);
  }
  const q = expandAbbreviations(normalizeSearchText(trimmed));
  if (q === "") return [];
  const tokens = q.split(" ").map((t) => ` ${t}`);
  const exact: Epci[] = [];
  const prefix: Epci[] = [];
  const words: Epci[] = [];
  for (const entry of s.epciSearch) {
    if (entry.name === q) exact.push(entry.epci);
    else if (entry.name.startsWith(q)) prefix.push(entry.epci);
    else if (tokens.every((t) => entry.spaced.includes(t))) words.push(entry.epci);
  }
  const byCommune = (s.epciByCommuneName.get(q) ?? [])
    .map((siren) => s.epciBySiren.get(siren))
    .filter((e): e is Epci => e !== undefined)
    .sort(byPopulationThenCode);
  const seen = new Set<Epci>();
  const results: Epci[] = [];
  for (const e of [...exact, ...prefix, ...words, ...byCommune]) {
    if (seen.has(e)) continue;
    seen.add(e);
    results.push(e);
    if (results.length >= limit) break;
  }
  return results;
}
