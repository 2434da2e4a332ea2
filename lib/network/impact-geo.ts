// Aggregates the /impact page and the territory pages show besides networkImpact's tables:
// published alliances per département (the map of France) and measurements per year and
// register (the chart over time). Same scope and filters as networkImpact (the directory's).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { conditions } from "@/lib/alliances/directory-sql";
import { publishedResultCache } from "@/lib/cache/published-results";
import type { DirectoryQuery } from "@/lib/validation/directory";

export type DepartementCount = { code: string; alliances: number };
export type MeasurementYear = { year: number; register: string; measurements: number; alliances: number };

const cachedDepartements = publishedResultCache<DepartementCount[]>(100);
const cachedMeasurements = publishedResultCache<MeasurementYear[]>(100);

const scope = (query: DirectoryQuery) => conditions(query, query.q ? "fulltext" : "none");

/** Published alliances the filters keep, per département (only départements that have some). */
export function alliancesPerDepartement(query: DirectoryQuery): Promise<DepartementCount[]> {
  return cachedDepartements(JSON.stringify(query), async () => {
    const rows = await db.$queryRaw<{ code: string; alliances: number }[]>`
      SELECT a.departement AS code, count(*)::int AS alliances FROM "Alliance" a
      WHERE ${scope(query)} AND a.departement IS NOT NULL
      GROUP BY a.departement ORDER BY a.departement`;
    return rows.map((r) => ({ code: r.code, alliances: Number(r.alliances) }));
  });
}

/** Measurements recorded by the alliances the filters keep, per year measured and register. */
export function measurementsPerYear(query: DirectoryQuery): Promise<MeasurementYear[]> {
  return cachedMeasurements(JSON.stringify(query), async () => {
    const rows = await db.$queryRaw<{ year: number; register: string; measurements: number; alliances: number }[]>`
      SELECT extract(year FROM m."measuredOn")::int AS year, i.register::text AS register,
             count(*)::int AS measurements, count(DISTINCT i."allianceId")::int AS alliances
      FROM "Alliance" a JOIN "ImpactIndicator" i ON i."allianceId" = a.id JOIN "ImpactMeasurement" m ON m."indicatorId" = i.id
      WHERE ${scope(query)}
      GROUP BY 1, 2 ORDER BY 1, 2`;
    return rows.map((r) => ({ year: Number(r.year), register: r.register, measurements: Number(r.measurements), alliances: Number(r.alliances) }));
  });
}

export type CatalogueMedian = { code: string; unit: string; median: number; alliances: number };

/** Below this many alliances, a median says too much about each of them: it is not shown. */
export const MEDIAN_MIN_ALLIANCES = 5;

const cachedMedians = publishedResultCache<CatalogueMedian[]>(200);

/**
 * The network's median of each alliance's latest measurement, per catalogue indicator and unit,
 * among published alliances, for the given codes; only where at least MEDIAN_MIN_ALLIANCES measure it.
 */
export function networkMedians(codes: string[]): Promise<CatalogueMedian[]> {
  const wanted = [...new Set(codes)].sort();
  if (wanted.length === 0) return Promise.resolve([]);
  return cachedMedians(wanted.join(","), async () => {
    const rows = await db.$queryRaw<{ code: string; unit: string; median: number; alliances: number }[]>`
      WITH latest AS (
        SELECT DISTINCT ON (i.id) i."catalogueCode" AS code, i.unit::text AS unit, i."allianceId", m.value
        FROM "ImpactIndicator" i
        JOIN "Alliance" a ON a.id = i."allianceId" AND a."publicationStatus" = 'PUBLISHED'
        JOIN "ImpactMeasurement" m ON m."indicatorId" = i.id
        WHERE i."catalogueCode" IN (${Prisma.join(wanted)})
        ORDER BY i.id, m."measuredOn" DESC, m."createdAt" DESC
      )
      SELECT code, unit, percentile_cont(0.5) WITHIN GROUP (ORDER BY value)::float8 AS median, count(DISTINCT "allianceId")::int AS alliances
      FROM latest GROUP BY code, unit HAVING count(DISTINCT "allianceId") >= ${MEDIAN_MIN_ALLIANCES}`;
    return rows.map((r) => ({ code: r.code, unit: r.unit, median: Number(r.median), alliances: Number(r.alliances) }));
  });
}

/** Tables of /impact besides networkImpact's, downloadable from the same route. */
export const IMPACT_EXTRA_TABLES = ["departements", "mesures"] as const;
export type ImpactExtraTable = (typeof IMPACT_EXTRA_TABLES)[number];
