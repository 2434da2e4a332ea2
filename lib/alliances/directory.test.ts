// The directory query against the real database: words, filters, sort, count, pagination.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchDirectoryUncached as searchDirectory } from "./directory";
import { directoryHref, directoryQuerySchema } from "@/lib/validation/directory";

const PREFIX = "dirtest-";

async function publish(slug: string, fields: { name: string; summary: string; region: string; departement: string; domains: string[]; partnerTypes: string[]; welcomesVisits?: boolean; status?: "PUBLISHED" | "UNPUBLISHED"; publishedAt: string }) {
  await db.$executeRaw`
    INSERT INTO "Alliance" (id, slug, draft, name, summary, region, departement, "domainCodes", "partnerTypes", "welcomesVisits", "publicationStatus", "publishedAt", "updatedAt")
    VALUES (${PREFIX + slug}, ${PREFIX + slug}, '{}'::jsonb, ${fields.name}, ${fields.summary}, ${fields.region}, ${fields.departement}, ${fields.domains}::text[],
            ${fields.partnerTypes}::"PartnerType"[], ${fields.welcomesVisits ?? false}, ${fields.status ?? "PUBLISHED"}::"PublicationStatus", ${new Date(fields.publishedAt)}, now())`;
}

const search = (params: Record<string, string>) => searchDirectory(directoryQuerySchema.parse(params));
// Other test files share the database: only this file's alliances are looked at.
// Every page is read: other files' alliances may come first.
const slugs = async (params: Record<string, string>) => {
  const found: string[] = [];
  for (let page = 1, count = 1; page <= count; page++) {
    const result = await search({ ...params, page: String(page) });
    count = result.pageCount;
    found.push(...result.items.map((i) => i.slug));
  }
  return found.filter((slug) => slug.startsWith(PREFIX)).map((slug) => slug.replace(PREFIX, "")).filter((s) => !s.startsWith("page"));
};

beforeAll(async () => {
  await publish("geek", { name: "Geeks solidaires du Poitou", summary: "Le numérique pour les seniors en résidence", region: "75", departement: "86", domains: ["AGEING", "DIGITAL_INCLUSION"], partnerTypes: ["ASSOCIATION", "FOUNDATION"], welcomesVisits: true, publishedAt: "2025-01-01" });
  await publish("emploi", { name: "Agir pour l'emploi en Val-de-Marne", summary: "Entreprises et ville pour l'insertion des personnes handicapées", region: "11", departement: "94", domains: ["EMPLOYMENT", "DISABILITY"], partnerTypes: ["COMPANY", "LOCAL_AUTHORITY"], publishedAt: "2025-03-01" });
  await publish("cache", { name: "Numérique caché", summary: "Brouillon numérique pour les seniors, non publié", region: "75", departement: "86", domains: ["AGEING"], partnerTypes: ["COMPANY", "ASSOCIATION"], status: "UNPUBLISHED", publishedAt: "2025-04-01" });
  for (let i = 0; i < 23; i++) {
    await publish(`page${String(i).padStart(2, "0")}`, { name: `Alliance paginée ${i}`, summary: "Pagination zzpagination", region: "84", departement: "69", domains: ["CULTURE"], partnerTypes: ["COMPANY", "ASSOCIATION"], publishedAt: `2024-01-${String(i + 1).padStart(2, "0")}` });
  }
});

describe("directory search", () => {
  it("matches words without accents and word forms, only among published alliances", async () => {
    expect(await slugs({ q: "numerique seniors" })).toEqual(["geek"]);
    expect(await slugs({ q: "handicapés" })).toEqual(["emploi"]);
  });

  it("filters by domain, partner type, région, département and visits", async () => {
    expect(await slugs({ domaine: "DISABILITY" })).toEqual(["emploi"]);
    expect(await slugs({ partenaire: "FOUNDATION" })).toEqual(["geek"]);
    expect(await slugs({ region: "75" })).toEqual(["geek"]);
    expect(await slugs({ departement: "94" })).toEqual(["emploi"]);
    expect(await slugs({ visites: "1", region: "75" })).toEqual(["geek"]);
    expect(await slugs({ q: "numerique", domaine: "EMPLOYMENT" })).toEqual([]);
  });

  it("ignores malformed parameters instead of failing", async () => {
    const query = directoryQuerySchema.parse({ stade: "<script>", region: "999", page: "-4", tri: "drop table" });
    expect(query).toEqual({ stade: undefined, region: undefined, page: undefined, tri: undefined, q: undefined, domaine: undefined, partenaire: undefined, departement: undefined, essaimage: undefined, visites: undefined });
  });

  it("counts all results and pages them by 20", async () => {
    const first = await search({ q: "zzpagination", tri: "name" });
    expect(first.total).toBe(23);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(20);
    const second = await search({ q: "zzpagination", tri: "name", page: "2" });
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(23);
  });

  it("keeps the search in a shareable URL", () => {
    expect(directoryHref(directoryQuerySchema.parse({ q: "numerique seniors", region: "75" }))).toBe("/alliances?q=numerique+seniors&region=75");
    expect(directoryHref(directoryQuerySchema.parse({ q: "x" }), { page: 2 })).toBe("/alliances?q=x&page=2");
  });
});
