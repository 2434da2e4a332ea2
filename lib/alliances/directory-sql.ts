// The directory's SQL, built from a validated query (no server-only imports, so that the
// benchmark measures exactly what the app runs).
import { Prisma } from "@/lib/generated/prisma/client";
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "@/lib/validation/directory";

export type TextMode = "fulltext" | "trigram" | "none";

/** SQL conditions of a search. Words use full text; "trigram" is the typo-tolerant fallback on names. */
/** Also used by the network's impact view, so that its filters mean what the directory's do. */
export function conditions(query: DirectoryQuery, mode: TextMode): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."publicationStatus" = 'PUBLISHED'`];
  if (mode === "fulltext" && query.q) parts.push(Prisma.sql`a."search" @@ essaim_search_query(${query.q})`);
  if (mode === "trigram" && query.q) parts.push(Prisma.sql`a."name" % ${query.q}`);
  if (query.domaine) parts.push(Prisma.sql`a."domainCodes" @> ARRAY[${query.domaine}]::text[]`);
  if (query.stade) parts.push(Prisma.sql`a."stage" = ${query.stade}::"AllianceStage"`);
  if (query.partenaire) parts.push(Prisma.sql`a."partnerTypes" @> ARRAY[${query.partenaire}]::"PartnerType"[]`);
  if (query.region) parts.push(Prisma.sql`a."region" = ${query.region}`);
  if (query.departement) parts.push(Prisma.sql`a."departement" = ${query.departement}`);
  if (query.essaimage) parts.push(Prisma.sql`a."scalingKinds" @> ARRAY[${query.essaimage}]::"ScalingKind"[]`);
  if (query.visites) parts.push(Prisma.sql`a."welcomesVisits" = true`);
  return Prisma.join(parts, " AND ");
}

function ordering(query: DirectoryQuery, mode: TextMode): Prisma.Sql {
  const sort = query.tri ?? (query.q ? "relevance" : "newest");
  if (sort === "name") return Prisma.sql`a."name" ASC, a."id"`;
  if (sort === "relevance" && query.q && mode === "fulltext") return Prisma.sql`ts_rank(a."search", essaim_search_query(${query.q})) DESC, a."publishedAt" DESC, a."id"`;
  if (sort === "relevance" && query.q && mode === "trigram") return Prisma.sql`similarity(a."name", ${query.q}) DESC, a."id"`;
  return Prisma.sql`a."publishedAt" DESC, a."id"`;
}

/** One page of results and, when `withTotal`, the total in the same scan (window count). */
export function directoryPageSql(query: DirectoryQuery, mode: TextMode, offset: number, withTotal = true): Prisma.Sql {
  const total = withTotal ? Prisma.sql`count(*) OVER ()` : Prisma.sql`0::bigint`;
  return Prisma.sql`
    SELECT a."id", a."slug", a."name", a."summary", a."stage"::text AS "stage", a."communeName", a."departement", a."region",
           a."domainCodes", a."partnerTypes"::text[] AS "partnerTypes", a."welcomesVisits", ${total} AS "total"
    FROM "Alliance" a
    WHERE ${conditions(query, mode)}
    ORDER BY ${ordering(query, mode)}
    LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`;
}

export function directoryCountSql(query: DirectoryQuery, mode: TextMode): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS total FROM "Alliance" a WHERE ${conditions(query, mode)}`;
}
