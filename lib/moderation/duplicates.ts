// Possible duplicates of an alliance among the published ones: a similar name (trigram
// similarity) within 30 km, or most of its partners in common. Shown to the admin on the
// review screen and to the catalyst while writing ("is it one of these?").
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { getCommune } from "@/lib/geo/communes";
import type { AllianceDraft } from "@/lib/validation/alliance";

export const DUPLICATE_RADIUS_KM = 30;
/** pg_trgm's own default for `%`; names at least this close count as similar. */
export const NAME_SIMILARITY = 0.3;

export type PossibleDuplicate = {
  id: string;
  slug: string;
  name: string;
  communeName: string | null;
  similarity: number;
  distanceKm: number | null;
  sharedPartners: number;
  reasons: ("NAME_NEARBY" | "PARTNERS")[];
};

export async function findPossibleDuplicates(allianceId: string | null, draft: Pick<AllianceDraft, "name" | "territory" | "partners">, limit = 5): Promise<PossibleDuplicate[]> {
  const name = draft.name.trim();
  const commune = draft.territory.communeInsee ? getCommune(draft.territory.communeInsee) : null;
  const lat = draft.territory.lat ?? commune?.lat ?? null;
  const lng = draft.territory.lng ?? commune?.lng ?? null;
  const partnerIds = [...new Set(draft.partners.map((p) => p.organisationId))];
  const self = allianceId ?? "";
  const radius = DUPLICATE_RADIUS_KM * 1000;

  // Names: the trigram index finds similar names, the earth box keeps those within 30 km.
  const byName =
    name.length >= 3 && lat !== null && lng !== null
      ? Prisma.sql`
        SELECT a.id, similarity(a.name, ${name}) AS sim, earth_distance(a.location, ll_to_earth(${lat}, ${lng})) AS meters
        FROM "Alliance" a
        WHERE a."publicationStatus" = 'PUBLISHED' AND a.id <> ${self}
          AND a.name % ${name}
          AND earth_box(ll_to_earth(${lat}, ${lng}), ${radius}) @> a.location
          AND earth_distance(a.location, ll_to_earth(${lat}, ${lng})) <= ${radius}`
      : null;
  // Partners: more than half of this alliance's partners (and at least two) in common.
  const byPartners =
    partnerIds.length >= 2
      ? Prisma.sql`
        SELECT p."allianceId" AS id, count(*)::int AS shared
        FROM "AlliancePartner" p JOIN "Alliance" a ON a.id = p."allianceId"
        WHERE p."organisationId" IN (${Prisma.join(partnerIds)}) AND a."publicationStatus" = 'PUBLISHED' AND a.id <> ${self}
        GROUP BY p."allianceId"
        HAVING count(*) >= 2 AND count(*) * 2 > ${partnerIds.length}`
      : null;
  if (!byName && !byPartners) return [];

  const rows = await db.$queryRaw<{ id: string; slug: string; name: string; communeName: string | null; sim: number | null; meters: number | null; shared: number | null }[]>`
    WITH by_name AS (${byName ?? Prisma.sql`SELECT NULL::text AS id, NULL::real AS sim, NULL::float8 AS meters WHERE false`}),
         by_partners AS (${byPartners ?? Prisma.sql`SELECT NULL::text AS id, NULL::int AS shared WHERE false`})
    SELECT a.id, a.slug, a.name, a."communeName", n.sim, n.meters, p.shared
    FROM "Alliance" a
    LEFT JOIN by_name n ON n.id = a.id
    LEFT JOIN by_partners p ON p.id = a.id
    WHERE n.id IS NOT NULL OR p.id IS NOT NULL
    ORDER BY coalesce(p.shared, 0) DESC, coalesce(n.sim, 0) DESC, a.id
    LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    communeName: row.communeName,
    similarity: row.sim === null ? 0 : Number(row.sim),
    distanceKm: row.meters === null ? null : Math.round(Number(row.meters) / 100) / 10,
    sharedPartners: row.shared ?? 0,
    reasons: [...(row.sim !== null ? (["NAME_NEARBY"] as const) : []), ...(row.shared !== null ? (["PARTNERS"] as const) : [])],
  }));
}
