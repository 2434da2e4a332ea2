// A territory (département or région) as an elected official or a territorial agent reads it:
// its published alliances, the catalysts of the area who opted in, the nearest alliances just
// outside, its domains with and without alliances, its replications in and out.
// Figures come from the network impact view (lib/network/impact.ts) with the territory as filter.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { getCommune, getDepartement, getRegion, listDepartements } from "@/lib/geo/communes";
import { networkImpact, type NetworkImpact } from "@/lib/network/impact";
import { listDomains } from "@/lib/alliances/directory";
import { publishedResultCache } from "@/lib/cache/published-results";
import type { DirectoryQuery } from "@/lib/validation/directory";

export type TerritoryKind = "departement" | "region";

export type Territory = {
  kind: TerritoryKind;
  code: string;
  name: string;
  centre: { lat: number; lng: number };
  /** For a département, its région; for a région, null. */
  region: { code: string; name: string } | null;
  /** For a région, its départements; for a département, itself. */
  departements: { code: string; name: string }[];
  /** The directory filter that keeps this territory's alliances. */
  filter: DirectoryQuery;
};

/** The territory with that INSEE code, or null (unknown codes are a 404). */
export function findTerritory(kind: TerritoryKind, code: string): Territory | null {
  if (kind === "departement") {
    const d = getDepartement(code);
    if (!d || d.code !== code) return null;
    const region = getRegion(d.region);
    return { kind, code: d.code, name: d.name, centre: { lat: d.lat, lng: d.lng }, region: region ? { code: region.code, name: region.name } : null, departements: [{ code: d.code, name: d.name }], filter: { departement: d.code } };
  }
  const r = getRegion(code);
  if (!r || r.code !== code) return null;
  const departements = listDepartements().filter((d) => d.region === r.code).map((d) => ({ code: d.code, name: d.name }));
  return { kind, code: r.code, name: r.name, centre: { lat: r.lat, lng: r.lng }, region: null, departements, filter: { region: r.code } };
}

export const TERRITORY_LIST_LIMIT = 50;
export const TERRITORY_MAP_LIMIT = 300;
export const NEAREST_OUTSIDE = 5;

export type TerritoryAlliance = { id: string; slug: string; name: string; communeName: string | null; departement: string | null; domainCodes: string[]; stage: string; lat: number | null; lng: number | null; welcomesVisits: boolean };
export type OutsideAlliance = TerritoryAlliance & { km: number };
export type TerritoryCatalyst = { id: string; name: string; communeName: string | null; expertiseDomains: string[] };
export type TerritoryReplication = { origin: { slug: string; name: string; place: string | null }; replica: { slug: string; name: string; place: string | null }; year: number };
export type DomainCoverage = { code: string; label: string; here: number; region: number | null; country: number };

export type TerritoryView = {
  territory: Territory;
  total: number;
  alliances: TerritoryAlliance[];
  mapPoints: { id: string; slug: string; name: string; lat: number; lng: number }[];
  outside: OutsideAlliance[];
  catalysts: TerritoryCatalyst[];
  domains: DomainCoverage[];
  impact: NetworkImpact;
  arrived: TerritoryReplication[];
  left: TerritoryReplication[];
};

const outsideOf = (t: Territory) => (t.kind === "departement" ? Prisma.sql`a."departement" IS DISTINCT FROM ${t.code}` : Prisma.sql`a."region" IS DISTINCT FROM ${t.code}`);
const inTerritory = (t: Territory) => (t.kind === "departement" ? Prisma.sql`a."departement" = ${t.code}` : Prisma.sql`a."region" = ${t.code}`);
const place = (commune: string | null, departement: string | null) => [commune, departement ? getDepartement(departement)?.name : null].filter(Boolean).join(", ") || null;

const cachedView = publishedResultCache<Omit<TerritoryView, "territory">>(200);

/** Everything a territory page shows, for the territory's published alliances (shared a few seconds). */
export function territoryView(territory: Territory, locale: string): Promise<TerritoryView> {
  return cachedView(`${territory.kind}:${territory.code}:${locale}`, () => loadTerritoryView(territory, locale)).then((view) => ({ territory, ...view }));
}

async function loadTerritoryView(territory: Territory, locale: string): Promise<Omit<TerritoryView, "territory">> {
  const here = inTerritory(territory);
  const centre = Prisma.sql`ll_to_earth(${territory.centre.lat}::float8, ${territory.centre.lng}::float8)`;
  const [impact, regionImpact, countryImpact, domainOptions, alliances, mapPoints, outside, catalysts, replications] = await Promise.all([
    networkImpact(territory.filter),
    territory.region ? networkImpact({ region: territory.region.code }) : Promise.resolve(null),
    networkImpact({}),
    listDomains(locale),
    db.$queryRaw<TerritoryAlliance[]>`
      SELECT a.id, a.slug, a.name, a."communeName", a.departement, a."domainCodes", a.stage::text AS stage, a.lat, a.lng, a."welcomesVisits"
      FROM "Alliance" a WHERE a."publicationStatus" = 'PUBLISHED' AND ${here}
      ORDER BY a."publishedAt" DESC, a.id LIMIT ${TERRITORY_LIST_LIMIT}`,
    db.$queryRaw<{ id: string; slug: string; name: string; lat: number; lng: number }[]>`
      SELECT a.id, a.slug, a.name, a.lat, a.lng FROM "Alliance" a
      WHERE a."publicationStatus" = 'PUBLISHED' AND ${here} AND a.lat IS NOT NULL AND a.lng IS NOT NULL
      ORDER BY a."publishedAt" DESC, a.id LIMIT ${TERRITORY_MAP_LIMIT}`,
    // Nearest first from the territory's centre, among those outside it (the GiST index walks outward).
    db.$queryRaw<(TerritoryAlliance & { meters: number })[]>`
      SELECT a.id, a.slug, a.name, a."communeName", a.departement, a."domainCodes", a.stage::text AS stage, a.lat, a.lng, a."welcomesVisits",
             earth_distance(a.location, ${centre}) AS meters
      FROM "Alliance" a
      WHERE a."publicationStatus" = 'PUBLISHED' AND a.location IS NOT NULL AND ${outsideOf(territory)}
      ORDER BY a.location <-> ${centre}, a.id LIMIT ${NEAREST_OUTSIDE}`,
    db.user.findMany({
      where: { profilePublic: true, role: { in: ["CATALYST", "ADMIN"] }, suspendedAt: null, ...(territory.kind === "departement" ? { departement: territory.code } : { region: territory.code }) },
      orderBy: [{ publicName: "asc" }, { id: "asc" }],
      take: 50,
      select: { id: true, publicName: true, communeInsee: true, expertiseDomains: true },
    }),
    db.$queryRaw<{ originSlug: string; originName: string; originCommune: string | null; originDepartement: string | null; replicaSlug: string; replicaName: string; replicaCommune: string | null; replicaDepartement: string | null; year: number }[]>`
      SELECT o.slug AS "originSlug", o.name AS "originName", o."communeName" AS "originCommune", o.departement AS "originDepartement",
             r2.slug AS "replicaSlug", r2.name AS "replicaName", r2."communeName" AS "replicaCommune", r2.departement AS "replicaDepartement",
             extract(year FROM coalesce(r."decidedAt", r."createdAt"))::int AS year
      FROM "Replication" r
      JOIN "Alliance" o ON o.id = r."originId" AND o."publicationStatus" = 'PUBLISHED'
      JOIN "Alliance" r2 ON r2.id = r."replicaId" AND r2."publicationStatus" = 'PUBLISHED'
      WHERE r.status = 'CONFIRMED' AND (${territory.kind === "departement" ? Prisma.sql`o.departement = ${territory.code} OR r2.departement = ${territory.code}` : Prisma.sql`o.region = ${territory.code} OR r2.region = ${territory.code}`})
      ORDER BY year DESC, o.name, r2.name LIMIT 200`,
  ]);
  const count = (list: NetworkImpact["domains"] | undefined, code: string) => list?.find((d) => d.code === code)?.alliances ?? 0;
  const domains = domainOptions.map((d) => ({ code: d.code, label: d.label, here: count(impact.domains, d.code), region: regionImpact ? count(regionImpact.domains, d.code) : null, country: count(countryImpact.domains, d.code) }));
  const link = (r: (typeof replications)[number]): TerritoryReplication => ({
    origin: { slug: r.originSlug, name: r.originName, place: place(r.originCommune, r.originDepartement) },
    replica: { slug: r.replicaSlug, name: r.replicaName, place: place(r.replicaCommune, r.replicaDepartement) },
    year: Number(r.year),
  });
  const insideCode = (r: (typeof replications)[number], side: "origin" | "replica") => {
    const departement = side === "origin" ? r.originDepartement : r.replicaDepartement;
    return territory.kind === "departement" ? departement === territory.code : departement !== null && getDepartement(departement)?.region === territory.code;
  };
  return {
    total: impact.alliances,
    alliances: alliances.map((a) => ({ ...a, lat: a.lat === null ? null : Number(a.lat), lng: a.lng === null ? null : Number(a.lng) })),
    mapPoints: mapPoints.map((p) => ({ ...p, lat: Number(p.lat), lng: Number(p.lng) })),
    outside: outside.map(({ meters, ...a }) => ({ ...a, km: Math.round(Number(meters) / 100) / 10 })),
    catalysts: catalysts.map((c) => ({ id: c.id, name: c.publicName ?? "Catalyseur", communeName: c.communeInsee ? (getCommune(c.communeInsee)?.name ?? null) : null, expertiseDomains: c.expertiseDomains })),
    domains,
    impact,
    arrived: replications.filter((r) => insideCode(r, "replica")).map(link),
    left: replications.filter((r) => insideCode(r, "origin")).map(link),
  };
}
