// The public directory: published alliances found by words, place and kind, in SQL.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "@/lib/validation/directory";

export type DirectoryItem = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  stage: string;
  communeName: string | null;
  departement: string | null;
  region: string | null;
  domainCodes: string[];
  partnerTypes: string[];
  welcomesVisits: boolean;
};

export type DirectoryResult = { items: DirectoryItem[]; total: number; page: number; pageCount: number };

/** SQL conditions shared by the list and the count. */
function conditions(query: DirectoryQuery, tsquery: Prisma.Sql | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."publicationStatus" = 'PUBLISHED'`];
  if (tsquery && query.q) parts.push(Prisma.sql`(a."search" @@ ${tsquery} OR a."name" % ${query.q})`);
  if (query.domaine) parts.push(Prisma.sql`a."domainCodes" @> ARRAY[${query.domaine}]::text[]`);
  if (query.stade) parts.push(Prisma.sql`a."stage" = ${query.stade}::"AllianceStage"`);
  if (query.partenaire) parts.push(Prisma.sql`a."partnerTypes" @> ARRAY[${query.partenaire}]::"PartnerType"[]`);
  if (query.region) parts.push(Prisma.sql`a."region" = ${query.region}`);
  if (query.departement) parts.push(Prisma.sql`a."departement" = ${query.departement}`);
  if (query.essaimage) parts.push(Prisma.sql`a."scalingKinds" @> ARRAY[${query.essaimage}]::"ScalingKind"[]`);
  if (query.visites) parts.push(Prisma.sql`a."welcomesVisits" = true`);
  return Prisma.join(parts, " AND ");
}

export async function searchDirectory(query: DirectoryQuery): Promise<DirectoryResult> {
  const page = query.page ?? 1;
  const offset = (page - 1) * DIRECTORY_PAGE_SIZE;
  const tsquery = query.q ? Prisma.sql`essaim_search_query(${query.q})` : null;
  const where = conditions(query, tsquery);
  const sort = query.tri ?? (query.q ? "relevance" : "newest");
  const orderBy =
    sort === "name"
      ? Prisma.sql`a."name" ASC, a."id"`
      : sort === "relevance" && tsquery && query.q
        ? Prisma.sql`(ts_rank_cd(a."search", ${tsquery}) + similarity(a."name", ${query.q})) DESC, a."publishedAt" DESC, a."id"`
        : Prisma.sql`a."publishedAt" DESC NULLS LAST, a."id"`;

  const [items, counted] = await Promise.all([
    db.$queryRaw<DirectoryItem[]>`
      SELECT a."id", a."slug", a."name", a."summary", a."stage"::text AS "stage", a."communeName", a."departement", a."region",
             a."domainCodes", a."partnerTypes"::text[] AS "partnerTypes", a."welcomesVisits"
      FROM "Alliance" a
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Alliance" a WHERE ${where}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}

export type DomainOption = { code: string; label: string };

export async function listDomains(locale = "fr"): Promise<DomainOption[]> {
  const domains = await db.domain.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { code: true, labelFr: true, labelEn: true } });
  return domains.map((domain) => ({ code: domain.code, label: locale === "en" ? domain.labelEn : domain.labelFr }));
}
