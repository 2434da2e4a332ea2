// Find a peer: published alliances (or catalysts with a public profile) nearest to a
// place, distances computed in the database with the location index.
import "server-only";
import { db } from "@/lib/db";
import { publishedResultCache } from "@/lib/cache/published-results";
import { getCommune, getDepartement, searchCommunes } from "@/lib/geo/communes";
import { DEFAULT_RADIUS_KM, PEER_PAGE_SIZE, type PeerQuery } from "@/lib/validation/peers";
import { allianceCountWithinSql, catalystCountWithinSql, nearestAlliancesSql, nearestCatalystsSql, type Origin } from "@/lib/peers/nearby-sql";

/** When nothing lies within the radius, this many of the nearest are shown anyway. */
export const NEAREST_ANYWAY = 10;

export type PeerOrigin = Origin & { label: string; communeInsee: string | null };

export function resolveOrigin(query: PeerQuery): PeerOrigin | null {
  if (query.commune || query.lieu) {
    // A picked commune, else the best match for what was typed (name or postcode).
    const commune = query.commune ? getCommune(query.commune) : (searchCommunes(query.lieu!, 1)[0] ?? null);
    if (!commune) return null;
    const departement = getDepartement(commune.departement);
    return { lat: commune.lat, lng: commune.lng, label: `${commune.name} (${departement?.name ?? commune.departement})`, communeInsee: commune.insee };
  }
  if (query.lat !== undefined && query.lng !== undefined) return { lat: query.lat, lng: query.lng, label: "", communeInsee: null };
  return null;
}

export type NearbyAlliance = {
  kind: "alliance";
  id: string;
  slug: string;
  name: string;
  summary: string;
  stage: string;
  communeName: string | null;
  departement: string | null;
  domainCodes: string[];
  partnerTypes: string[];
  welcomesVisits: boolean;
  lat: number;
  lng: number;
  km: number;
};

export type NearbyCatalyst = {
  kind: "catalyst";
  id: string;
  name: string;
  bio: string | null;
  communeName: string | null;
  domainCodes: string[];
  lat: number;
  lng: number;
  km: number;
};

export type PeerResult<T> = {
  radiusKm: number;
  /** false: nothing within the radius, `items` are the nearest anyway. */
  withinRadius: boolean;
  totalWithin: number;
  items: T[];
  page: number;
  pageCount: number;
};

function paging(query: PeerQuery) {
  const page = query.page ?? 1;
  return { page, offset: (page - 1) * PEER_PAGE_SIZE, radiusKm: query.rayon ?? DEFAULT_RADIUS_KM };
}

async function nearby<Row extends { meters: number }, T>(
  query: PeerQuery,
  count: (radiusKm: number) => Promise<number>,
  nearest: (limit: number, offset: number) => Promise<Row[]>,
  map: (row: Row) => T,
): Promise<PeerResult<T>> {
  const { page, offset, radiusKm } = paging(query);
  const totalWithin = await count(radiusKm);
  if (totalWithin === 0) {
    const rows = await nearest(NEAREST_ANYWAY, 0);
    return { radiusKm, withinRadius: false, totalWithin, items: rows.map(map), page: 1, pageCount: 1 };
  }
  const rows = (await nearest(PEER_PAGE_SIZE, offset)).filter((row) => row.meters <= radiusKm * 1000);
  return { radiusKm, withinRadius: true, totalWithin, items: rows.map(map), page, pageCount: Math.max(1, Math.ceil(totalWithin / PEER_PAGE_SIZE)) };
}

const km = (meters: number) => Number(meters) / 1000;

const cachedAlliances = publishedResultCache<PeerResult<NearbyAlliance>>();
const cachedCatalysts = publishedResultCache<PeerResult<NearbyCatalyst>>();
const cacheKey = (origin: Origin, query: PeerQuery) => JSON.stringify([origin.lat, origin.lng, query.domaine, query.visites, query.rayon, query.page]);

/** Identical searches within a few seconds share one answer (lib/cache/published-results). */
export function nearbyAlliances(origin: Origin, query: PeerQuery): Promise<PeerResult<NearbyAlliance>> {
  return cachedAlliances(cacheKey(origin, query), () => nearbyAlliancesUncached(origin, query));
}

export function nearbyCatalysts(origin: Origin, query: PeerQuery): Promise<PeerResult<NearbyCatalyst>> {
  return cachedCatalysts(cacheKey(origin, query), () => nearbyCatalystsUncached(origin, query));
}

async function nearbyAlliancesUncached(origin: Origin, query: PeerQuery): Promise<PeerResult<NearbyAlliance>> {
  const filters = { domain: query.domaine, visitsOnly: query.visites === "1" };
  type Row = Omit<NearbyAlliance, "kind" | "km"> & { meters: number };
  return nearby(
    query,
    async (radiusKm) => (await db.$queryRaw<{ total: number }[]>(allianceCountWithinSql(origin, filters, radiusKm)))[0]?.total ?? 0,
    (limit, offset) => db.$queryRaw<Row[]>(nearestAlliancesSql(origin, filters, limit, offset)),
    ({ meters, ...row }) => ({ kind: "alliance", ...row, km: km(meters) }),
  );
}

async function nearbyCatalystsUncached(origin: Origin, query: PeerQuery): Promise<PeerResult<NearbyCatalyst>> {
  type Row = { id: string; publicName: string | null; bio: string | null; communeInsee: string | null; expertiseDomains: string[]; lat: number; lng: number; meters: number };
  return nearby(
    query,
    async (radiusKm) => (await db.$queryRaw<{ total: number }[]>(catalystCountWithinSql(origin, query.domaine, radiusKm)))[0]?.total ?? 0,
    (limit, offset) => db.$queryRaw<Row[]>(nearestCatalystsSql(origin, query.domaine, limit, offset)),
    (row) => ({
      kind: "catalyst",
      id: row.id,
      name: row.publicName ?? "Catalyseur",
      bio: row.bio,
      communeName: row.communeInsee ? (getCommune(row.communeInsee)?.name ?? null) : null,
      domainCodes: row.expertiseDomains,
      lat: row.lat,
      lng: row.lng,
      km: km(row.meters),
    }),
  );
}
