// The public directory: published alliances found by words, place and kind, in SQL.
import "server-only";
import { publishedResultCache } from "@/lib/cache/published-results";
import { db } from "@/lib/db";
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "@/lib/validation/directory";
import { directoryCountSql, directoryPageSql, type TextMode } from "@/lib/alliances/directory-sql";

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

type Row = DirectoryItem & { total: bigint };

async function run(query: DirectoryQuery, mode: TextMode, offset: number): Promise<{ items: DirectoryItem[]; total: number | null }> {
  if (mode === "none") {
    // Without words the page is read in date order straight from an index, and the total
    // from the filters' indexes: two cheap queries beat counting every row in one window.
    const [rows, counted] = await Promise.all([
      db.$queryRaw<Row[]>(directoryPageSql(query, mode, offset, false)),
      db.$queryRaw<{ total: bigint }[]>(directoryCountSql(query, mode)),
    ]);
    return { items: rows.map(({ total: _total, ...item }) => item), total: Number(counted[0]?.total ?? 0) };
  }
  const rows = await db.$queryRaw<Row[]>(directoryPageSql(query, mode, offset));
  if (rows.length > 0) return { items: rows.map(({ total: _total, ...item }) => item), total: Number(rows[0]!.total) };
  if (offset === 0) return { items: [], total: 0 };
  const [counted] = await db.$queryRaw<{ total: bigint }[]>(directoryCountSql(query, mode));
  return { items: [], total: Number(counted?.total ?? 0) };
}

const cachedSearch = publishedResultCache<DirectoryResult>();

/** Identical searches within a few seconds share one answer (lib/cache/published-results). */
export async function searchDirectory(query: DirectoryQuery): Promise<DirectoryResult> {
  return cachedSearch(JSON.stringify(query, Object.keys(query).sort()), () => searchDirectoryUncached(query));
}

export async function searchDirectoryUncached(query: DirectoryQuery): Promise<DirectoryResult> {
  const page = query.page ?? 1;
  const offset = (page - 1) * DIRECTORY_PAGE_SIZE;
  let result = await run(query, query.q ? "fulltext" : "none", offset);
  // No word matched: a misspelt name may still be close enough (trigram similarity).
  if (query.q && result.total === 0) result = await run(query, "trigram", offset);
  const total = result.total ?? 0;
  return { items: result.items, total, page, pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}

export type DomainOption = { code: string; label: string };

// Reference data read on every directory page: kept a minute, cleared with published content.
const cachedDomains = publishedResultCache<{ code: string; labelFr: string; labelEn: string }[]>({ size: 1, ttlMs: 60_000 });

/** Active domains, labelled in the reader's language. */
export async function listDomains(locale = "fr"): Promise<DomainOption[]> {
  const rows = await cachedDomains("domains", () =>
    db.domain.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { code: true, labelFr: true, labelEn: true } }),
  );
  return rows.map((domain) => ({ code: domain.code, label: locale === "en" ? domain.labelEn : domain.labelFr }));
}
