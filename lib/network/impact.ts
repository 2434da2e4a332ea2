// The network's impact view: aggregates over published alliances, filtered like the
// directory. Every table is computed in SQL and can be downloaded as CSV.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { conditions } from "@/lib/alliances/directory-sql";
import { getRegion } from "@/lib/geo/communes";
import type { DirectoryQuery } from "@/lib/validation/directory";
import { publishedResultCache } from "@/lib/cache/published-results";

export const IMPACT_TABLES = ["registres", "indicateurs", "domaines", "regions", "essaimage", "replications"] as const;
export type ImpactTable = (typeof IMPACT_TABLES)[number];

export type NetworkImpact = {
  alliances: number;
  registers: { register: string; alliances: number; indicators: number; measurements: number }[];
  indicators: { code: string; name: string; register: string; unit: string; aggregation: "SUM" | "MEDIAN"; alliances: number; value: number }[];
  domains: { code: string; label: string; alliances: number; measuring: number; scaling: number }[];
  regions: { code: string; name: string; alliances: number; measuring: number; scaling: number; replicas: number }[];
  scaling: { kind: string; alliances: number }[];
  replications: { year: number; confirmed: number }[];
};

const num = (value: unknown) => Number(value ?? 0);

const cachedImpact = publishedResultCache<NetworkImpact>(100);

/**
 * What the /impact page and its CSV show: the same figures, shared for a few seconds per
 * filter (the aggregates scan every published alliance: about 0.8 s at 100,000).
 */
export function networkImpact(query: DirectoryQuery): Promise<NetworkImpact> {
  return cachedImpact(JSON.stringify(query), () => getNetworkImpact(query));
}

export async function getNetworkImpact(query: DirectoryQuery): Promise<NetworkImpact> {
  // The published alliances the filters keep (words use the directory's full text).
  const scope = Prisma.sql`SELECT a.id, a.region, a."domainCodes", a."scalingKinds" FROM "Alliance" a WHERE ${conditions(query, query.q ? "fulltext" : "none")}`;
  const [total, registers, indicators, domains, regions, scaling, replications] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${scope}) s`,
    db.$queryRaw<{ register: string; alliances: number; indicators: number; measurements: number }[]>`
      SELECT i.register::text AS register, count(DISTINCT i."allianceId")::int AS alliances, count(DISTINCT i.id)::int AS indicators, count(m.id)::int AS measurements
      FROM (${scope}) s JOIN "ImpactIndicator" i ON i."allianceId" = s.id JOIN "ImpactMeasurement" m ON m."indicatorId" = i.id
      GROUP BY i.register ORDER BY i.register`,
    // Catalogue indicators that can be aggregated: each alliance's latest measurement, summed or its median.
    db.$queryRaw<{ code: string; name: string; register: string; unit: string; aggregation: "SUM" | "MEDIAN"; alliances: number; value: number }[]>`
      WITH latest AS (
        SELECT DISTINCT ON (i.id) i."catalogueCode" AS code, i."allianceId", m.value
        FROM (${scope}) s JOIN "ImpactIndicator" i ON i."allianceId" = s.id JOIN "ImpactMeasurement" m ON m."indicatorId" = i.id
        WHERE i."catalogueCode" IS NOT NULL
        ORDER BY i.id, m."measuredOn" DESC, m."createdAt" DESC
      )
      SELECT c.code, c."nameFr" AS name, c.register::text AS register, c.unit::text AS unit, c.aggregation::text AS aggregation,
             count(DISTINCT l."allianceId")::int AS alliances,
             CASE c.aggregation WHEN 'SUM' THEN sum(l.value) ELSE percentile_cont(0.5) WITHIN GROUP (ORDER BY l.value) END::float8 AS value
      FROM latest l JOIN "CatalogueIndicator" c ON c.code = l.code
      WHERE c.aggregation <> 'NONE'
      GROUP BY c.code ORDER BY c.register, c."nameFr"`,
    db.$queryRaw<{ code: string; label: string; alliances: number; measuring: number; scaling: number }[]>`
      SELECT d.code, d."labelFr" AS label, count(s.id)::int AS alliances,
             count(s.id) FILTER (WHERE EXISTS (SELECT 1 FROM "ImpactIndicator" i JOIN "ImpactMeasurement" m ON m."indicatorId" = i.id WHERE i."allianceId" = s.id))::int AS measuring,
             count(s.id) FILTER (WHERE cardinality(s."scalingKinds") > 0)::int AS scaling
      FROM "Domain" d JOIN (${scope}) s ON s."domainCodes" @> ARRAY[d.code]
      GROUP BY d.code, d."labelFr", d.position ORDER BY count(s.id) DESC, d.position`,
    db.$queryRaw<{ code: string; alliances: number; measuring: number; scaling: number; replicas: number }[]>`
      SELECT s.region AS code, count(*)::int AS alliances,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ImpactIndicator" i JOIN "ImpactMeasurement" m ON m."indicatorId" = i.id WHERE i."allianceId" = s.id))::int AS measuring,
             count(*) FILTER (WHERE cardinality(s."scalingKinds") > 0)::int AS scaling,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Replication" r WHERE r."replicaId" = s.id AND r.status = 'CONFIRMED'))::int AS replicas
      FROM (${scope}) s WHERE s.region IS NOT NULL
      GROUP BY s.region ORDER BY count(*) DESC, s.region`,
    db.$queryRaw<{ kind: string; alliances: number }[]>`
      SELECT k::text AS kind, count(*)::int AS alliances FROM (${scope}) s, unnest(s."scalingKinds") k GROUP BY k ORDER BY count(*) DESC, k`,
    db.$queryRaw<{ year: number; confirmed: number }[]>`
      SELECT extract(year FROM coalesce(r."decidedAt", r."createdAt"))::int AS year, count(*)::int AS confirmed
      FROM "Replication" r JOIN (${scope}) s ON s.id = r."replicaId"
      JOIN "Alliance" o ON o.id = r."originId" AND o."publicationStatus" = 'PUBLISHED'
      WHERE r.status = 'CONFIRMED' GROUP BY 1 ORDER BY 1`,
  ]);
  return {
    alliances: num(total[0]?.n),
    registers: registers.map((r) => ({ ...r, alliances: num(r.alliances), indicators: num(r.indicators), measurements: num(r.measurements) })),
    indicators: indicators.map((r) => ({ ...r, alliances: num(r.alliances), value: num(r.value) })),
    domains: domains.map((r) => ({ ...r, alliances: num(r.alliances), measuring: num(r.measuring), scaling: num(r.scaling) })),
    regions: regions.map((r) => ({ code: r.code, name: getRegion(r.code)?.name ?? r.code, alliances: num(r.alliances), measuring: num(r.measuring), scaling: num(r.scaling), replicas: num(r.replicas) })),
    scaling: scaling.map((r) => ({ kind: r.kind, alliances: num(r.alliances) })),
    replications: replications.map((r) => ({ year: num(r.year), confirmed: num(r.confirmed) })),
  };
}
