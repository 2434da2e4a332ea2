// Proximity SQL (no server-only imports, so the benchmark measures what the app runs).
// Points are `earth` values (cube) kept by triggers; the GiST index answers both the
// nearest-first order (`<->`, k-nearest-neighbour scan) and the radius (`earth_box`).
import { Prisma } from "@/lib/generated/prisma/client";

export type Origin = { lat: number; lng: number };
export type AllianceFilters = { domain?: string; visitsOnly?: boolean };

function allianceConditions(filters: AllianceFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."publicationStatus" = 'PUBLISHED'`, Prisma.sql`a."location" IS NOT NULL`];
  if (filters.domain) parts.push(Prisma.sql`a."domainCodes" @> ARRAY[${filters.domain}]::text[]`);
  if (filters.visitsOnly) parts.push(Prisma.sql`a."welcomesVisits" = true`);
  return Prisma.join(parts, " AND ");
}

const center = (origin: Origin) => Prisma.sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)`;

/** Published alliances nearest first, with their distance in metres. */
export function nearestAlliancesSql(origin: Origin, filters: AllianceFilters, limit: number, offset = 0): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id", a."slug", a."name", a."summary", a."stage"::text AS "stage", a."communeName", a."departement",
           a."domainCodes", a."partnerTypes"::text[] AS "partnerTypes", a."welcomesVisits", a."lat", a."lng",
           earth_distance(a."location", ${center(origin)}) AS "meters"
    FROM "Alliance" a
    WHERE ${allianceConditions(filters)}
    ORDER BY a."location" <-> ${center(origin)}, a."id"
    LIMIT ${limit} OFFSET ${offset}`;
}

/** How many published alliances lie within `radiusKm`. */
export function allianceCountWithinSql(origin: Origin, filters: AllianceFilters, radiusKm: number): Prisma.Sql {
  const meters = radiusKm * 1000;
  return Prisma.sql`
    SELECT count(*)::int AS "total" FROM "Alliance" a
    WHERE ${allianceConditions(filters)}
      AND earth_box(${center(origin)}, ${meters}::float8) @> a."location"
      AND earth_distance(a."location", ${center(origin)}) <= ${meters}::float8`;
}

const catalystConditions = (domain?: string) =>
  Prisma.join(
    [
      Prisma.sql`u."profilePublic" = true`,
      Prisma.sql`u."role" IN ('CATALYST', 'ADMIN')`,
      Prisma.sql`u."suspendedAt" IS NULL`,
      Prisma.sql`u."location" IS NOT NULL`,
      ...(domain ? [Prisma.sql`u."expertiseDomains" @> ARRAY[${domain}]::text[]`] : []),
    ],
    " AND ",
  );

/** Catalysts with a public profile, nearest first. */
export function nearestCatalystsSql(origin: Origin, domain: string | undefined, limit: number, offset = 0): Prisma.Sql {
  return Prisma.sql`
    SELECT u."id", u."publicName", u."bio", u."communeInsee", u."departement", u."expertiseDomains", u."lat", u."lng",
           earth_distance(u."location", ${center(origin)}) AS "meters"
    FROM "User" u
    WHERE ${catalystConditions(domain)}
    ORDER BY u."location" <-> ${center(origin)}, u."id"
    LIMIT ${limit} OFFSET ${offset}`;
}

export function catalystCountWithinSql(origin: Origin, domain: string | undefined, radiusKm: number): Prisma.Sql {
  const meters = radiusKm * 1000;
  return Prisma.sql`
    SELECT count(*)::int AS "total" FROM "User" u
    WHERE ${catalystConditions(domain)}
      AND earth_box(${center(origin)}, ${meters}::float8) @> u."location"
      AND earth_distance(u."location", ${center(origin)}) <= ${meters}::float8`;
}
