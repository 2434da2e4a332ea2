/** Tests for the offline commune, département, région and EPCI data and its search. */
import { describe, expect, it } from "vitest";
import {
  allCommunes,
  getCommune,
  getCoordinatePrecision,
  getDepartement,
  getEpci,
  getRegion,
  listDepartements,
  listRegions,
  normalizeSearchText,
  searchCommunes,
  searchEpci,
} from "./communes";
import { haversineKm } from "./distance";

const DROM = ["971", "972", "973", "974", "976"];

function mustGet(insee: string) {
  const commune = getCommune(insee);
  if (!commune) throw new Error(`commune ${insee} missing`);
  return commune;
}

describe("communes", () => {
  it("covers every current commune of metropolitan France and the DROM", () => {
    const communes = allCommunes();
    expect(communes.length).toBeGreaterThan(34_000);
    expect(communes.length).toBeLessThan(36_000);
    const departements = new Set(communes.map((c) => c.departement));
    for (const d of DROM) expect(departements.has(d)).toBe(true);
    // No collectivité d'outre-mer, no arrondissement municipal as a separate entry.
    expect(departements.has("975")).toBe(false);
    expect(getCommune("75111")?.insee).toBe("75056");
    expect(communes.some((c) => c.insee === "75111")).toBe(false);
    const codes = communes.map((c) => c.insee);
    expect([...codes].sort()).toEqual(codes);
  });

  it("gives every commune plausible coordinates, région and département", () => {
    // One assertion over the list of offenders: 35,000 expect() calls would take seconds.
    const offenders = allCommunes().filter((c) => {
      if (!Number.isFinite(c.lat) || !Number.isFinite(c.lng)) return true;
      if (getDepartement(c.departement)?.region !== c.region) return true;
      if (c.departement.startsWith("97")) return false;
      // Metropolitan France and Corsica.
      return c.lat < 41.3 || c.lat > 51.2 || c.lng < -5.3 || c.lng > 9.6;
    });
    expect(offenders.map((c) => c.insee)).toEqual([]);
  });

  it("knows Poitiers", () => {
    const poitiers = mustGet("86194");
    expect(poitiers).toMatchObject({ name: "Poitiers", departement: "86", region: "75", postcodes: ["86000"] });
    expect(poitiers.lat).toBeCloseTo(46.58, 1);
    expect(poitiers.lng).toBeCloseTo(0.34, 1);
    expect(poitiers.population).toBeGreaterThan(80_000);
    expect(poitiers.epci).not.toBeNull();
    expect(getEpci(poitiers.epci ?? "")?.members).toContain("86194");
    expect(getCoordinatePrecision("86194")).toBe("place");
    expect(getDepartement("86")?.name).toBe("Vienne");
    expect(getRegion("75")?.name).toBe("Nouvelle-Aquitaine");
  });

  it("knows Charenton-le-Pont", () => {
    const charenton = mustGet("94018");
    expect(charenton).toMatchObject({ name: "Charenton-le-Pont", departement: "94", region: "11" });
    expect(charenton.postcodes).toContain("94220");
    expect(getDepartement("94")?.name).toBe("Val-de-Marne");
    expect(getRegion("11")?.name).toBe("Île-de-France");
    // A few km south-east of central Paris.
    expect(haversineKm(charenton, mustGet("75056"))).toBeLessThan(10);
  });

  it("knows Le Pin in Deux-Sèvres among its homonyms", () => {
    const lePins = searchCommunes("Le Pin", 50).filter((c) => c.name === "Le Pin");
    expect(lePins.length).toBeGreaterThan(3);
    const deuxSevres = lePins.find((c) => c.departement === "79");
    expect(deuxSevres).toBeDefined();
    expect(getDepartement("79")?.name).toBe("Deux-Sèvres");
    // Le Pin (79) lies between Cholet and Bressuire.
    expect(haversineKm(deuxSevres ?? { lat: 0, lng: 0 }, { lat: 46.86, lng: -0.65 })).toBeLessThan(15);
  });

  it("knows Saint-Denis de La Réunion, and its distance to Saint-Pierre is sane", () => {
    const saintDenis = mustGet("97411");
    expect(saintDenis).toMatchObject({ name: "Saint-Denis", departement: "974", region: "04" });
    expect(saintDenis.lat).toBeLessThan(-20);
    expect(getRegion("04")?.name).toBe("La Réunion");
    const saintPierre = mustGet("97416");
    expect(saintPierre.name).toBe("Saint-Pierre");
    // The two towns are ~51 km apart across the island (north coast to south coast).
    const km = haversineKm(saintDenis, saintPierre);
    expect(km).toBeGreaterThan(40);
    expect(km).toBeLessThan(60);
  });

  it("agrees with reference distances between communes (within 1 %)", () => {
    // Vincenty (WGS84) distances between the town halls; GeoNames places sit within a few hundred metres.
    expect(Math.abs(haversineKm(mustGet("75056"), mustGet("13055")) - 660.49) / 660.49).toBeLessThan(0.01);
    expect(Math.abs(haversineKm(mustGet("86194"), mustGet("79191")) - 67.7) / 67.7).toBeLessThan(0.02);
  });

  it("resolves codes case-insensitively and rejects unknown ones", () => {
    expect(getCommune("2a004")?.name).toBe("Ajaccio");
    expect(getCommune("00000")).toBeNull();
    expect(getCoordinatePrecision("00000")).toBeNull();
  });

  it("returns frozen data", () => {
    const poitiers = mustGet("86194");
    expect(Object.isFrozen(poitiers)).toBe(true);
    expect(Object.isFrozen(poitiers.postcodes)).toBe(true);
  });
});

describe("searchCommunes", () => {
  const names = (query: string, limit?: number): string[] => searchCommunes(query, limit).map((c) => c.name);

  it("finds by postcode and postcode prefix", () => {
    expect(searchCommunes("86000")[0]?.insee).toBe("86194");
    // Only Poitiers has a 860xx postcode; "86" lists the Vienne, largest first.
    expect(searchCommunes("860").map((c) => c.insee)).toEqual(["86194"]);
    const vienne = searchCommunes("86");
    expect(vienne.map((c) => c.name).slice(0, 2)).toEqual(["Poitiers", "Châtellerault"]);
    expect(vienne).toHaveLength(10);
    for (const c of vienne) expect(c.postcodes.some((pc) => pc.startsWith("86"))).toBe(true);
    expect(searchCommunes("94220")[0]?.insee).toBe("94018");
    expect(searchCommunes("75011")[0]?.insee).toBe("75056");
  });

  it("finds by INSEE code", () => {
    expect(searchCommunes("86194")[0]?.name).toBe("Poitiers");
    expect(searchCommunes("2A004")[0]?.name).toBe("Ajaccio");
    expect(searchCommunes("2a")[0]?.name).toBe("Ajaccio");
    expect(searchCommunes("2B").every((c) => c.departement === "2B")).toBe(true);
    // 97411 is Saint-Denis's code and one of Saint-Paul's postcodes: both, the larger first.
    expect(searchCommunes("97411").map((c) => c.insee)).toEqual(["97411", "97415"]);
  });

  it("finds by name, ignoring case, accents, hyphens and apostrophes", () => {
    expect(names("charenton")[0]).toBe("Charenton-le-Pont");
    expect(names("epinal")[0]).toBe("Épinal");
    expect(names("EPINAL")[0]).toBe("Épinal");
    expect(names("poitiers")[0]).toBe("Poitiers");
    expect(names("charenton le pont")[0]).toBe("Charenton-le-Pont");
    expect(names("l ile d yeu")[0]).toBe("L'Île-d'Yeu");
    expect(names("lile-dyeu")[0]).toBe("L'Île-d'Yeu");
    expect(names("saint maurice")).toContain("Saint-Maurice");
    expect(names("St-Maurice")).toContain("Saint-Maurice");
  });

  it("ranks exact names first, then prefixes by population, then word prefixes", () => {
    // "Saint-Denis" exists in several départements: all exact homonyms come first, largest first.
    const saintDenis = searchCommunes("saint-denis", 20);
    const exact = saintDenis.filter((c) => c.name === "Saint-Denis");
    expect(saintDenis.slice(0, exact.length)).toEqual(exact);
    expect(exact.map((c) => c.population)).toEqual([...exact.map((c) => c.population)].sort((a, b) => b - a));
    // Prefix matches by decreasing population: "Paris" then nothing smaller before a bigger one.
    const par = searchCommunes("pa", 10);
    expect(par.map((c) => c.population)).toEqual([...par.map((c) => c.population)].sort((a, b) => b - a));
    expect(par[0]?.name).toBe("Paris");
    // A word-prefix match ("pont" inside "Charenton-le-Pont") comes after names starting with "pont".
    const pont = searchCommunes("pont", 2000);
    const firstInside = pont.findIndex((c) => !normalizeSearchText(c.name).startsWith("pont"));
    expect(firstInside).toBeGreaterThan(0);
    expect(pont.slice(firstInside).every((c) => !normalizeSearchText(c.name).startsWith("pont"))).toBe(true);
    expect(pont.some((c) => c.insee === "94018")).toBe(true);
  });

  it("narrows a name with a postcode or département number", () => {
    expect(searchCommunes("Saint-Denis 974")[0]?.insee).toBe("97411");
    expect(searchCommunes("le pin 79")[0]?.departement).toBe("79");
    expect(searchCommunes("86000 poitiers")[0]?.insee).toBe("86194");
  });

  it("keeps a lone 'st' as a prefix", () => {
    expect(names("st")).toContain("Strasbourg");
  });

  it("returns nothing for empty or unknown queries and honours the limit", () => {
    expect(searchCommunes("")).toEqual([]);
    expect(searchCommunes("   ")).toEqual([]);
    expect(searchCommunes("zzzzqqq")).toEqual([]);
    expect(searchCommunes("saint", 3)).toHaveLength(3);
    expect(searchCommunes("saint", 0)).toEqual([]);
  });

  it("is fast once loaded", () => {
    searchCommunes("warm-up");
    const queries = ["charenton", "860", "saint maurice", "epinal", "le pin", "86000", "s", "bourg", "97411", "montr"];
    const rounds = 200;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const q of queries) searchCommunes(q);
    const perQueryMs = (performance.now() - start) / (rounds * queries.length);
    // The target is < 2 ms; allow slack for a loaded CI machine.
    expect(perQueryMs).toBeLessThan(5);
  });
});

describe("départements and régions", () => {
  it("lists the 101 départements and 18 régions", () => {
    const departements = listDepartements();
    expect(departements).toHaveLength(101);
    expect(departements.map((d) => d.code)).toContain("2A");
    expect(departements.map((d) => d.code)).toContain("976");
    expect(listRegions()).toHaveLength(18);
    const regionCodes = new Set(listRegions().map((r) => r.code));
    for (const d of departements) expect(regionCodes.has(d.region)).toBe(true);
  });

  it("places each centre inside its territory", () => {
    const vienne = getDepartement("86");
    expect(vienne).not.toBeNull();
    expect(haversineKm(vienne ?? { lat: 0, lng: 0 }, mustGet("86194"))).toBeLessThan(40);
    const reunion = getRegion("04");
    expect(haversineKm(reunion ?? { lat: 0, lng: 0 }, mustGet("97411"))).toBeLessThan(50);
    const idf = getRegion("11");
    expect(haversineKm(idf ?? { lat: 0, lng: 0 }, mustGet("75056"))).toBeLessThan(40);
  });

  it("accepts lower-case Corsican codes and rejects unknown ones", () => {
    expect(getDepartement("2b")?.name).toBe("Haute-Corse");
    expect(getDepartement("20")).toBeNull();
    expect(getRegion("99")).toBeNull();
  });
});

describe("EPCI", () => {
  it("links communes and their EPCI both ways", () => {
    const charenton = mustGet("94018");
    const epci = getEpci(charenton.epci ?? "");
    expect(epci?.name).toBe("Métropole du Grand Paris");
    expect(epci?.members).toContain("75056");
    // The four single-commune islands belong to no EPCI.
    expect(mustGet("85113").epci).toBeNull();
  });

  it("searches by name, abbreviation, member commune and SIREN", () => {
    expect(searchEpci("grand poitiers")[0]?.members).toContain("86194");
    expect(searchEpci("poitiers")[0]?.members).toContain("86194");
    expect(searchEpci("metropole du grand paris")[0]?.members).toContain("75056");
    const stGildas = searchEpci("Saint-Gildas");
    expect(stGildas.some((e) => e.name.includes("St-Gildas"))).toBe(true);
    const siren = getCommune("86194")?.epci ?? "";
    expect(searchEpci(siren)[0]?.siren).toBe(siren);
    expect(searchEpci("")).toEqual([]);
  });
});
