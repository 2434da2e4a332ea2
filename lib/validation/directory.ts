// Directory search parameters, read from the URL (so a search can be shared).
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { ALLIANCE_STAGES, PARTNER_TYPES, SCALING_KINDS } from "@/lib/validation/alliance";

const one = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema.optional().catch(undefined));

export const DIRECTORY_SORTS = ["relevance", "newest", "name"] as const;
export const DIRECTORY_PAGE_SIZE = 20;

export const directoryQuerySchema = z.object({
  q: one(z.string().trim().max(200)),
  domaine: one(z.string().regex(/^[A-Z_]{2,40}$/)),
  stade: one(z.enum(ALLIANCE_STAGES)),
  partenaire: one(z.enum(PARTNER_TYPES)),
  region: one(z.string().regex(/^\d{2}$/)),
  departement: one(z.string().regex(/^(\d{2,3}|2[AB])$/)),
  essaimage: one(z.enum(SCALING_KINDS)),
  visites: one(z.literal("1")),
  tri: one(z.enum(DIRECTORY_SORTS)),
  page: one(z.coerce.number().int().min(1).max(500)),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

/** The URL of a directory search (only the parameters that are set, in a stable order). */
export function directoryHref(query: DirectoryQuery, overrides: Partial<Record<keyof DirectoryQuery, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of Object.keys(directoryQuerySchema.shape)) {
    const value = merged[key];
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/alliances?${search}` : "/alliances";
}
