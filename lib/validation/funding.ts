// Filters of the list of scaling plans seeking funding, read from the URL (shareable).
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { FUNDING_MECHANISMS } from "@/lib/validation/alliance";

const one = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema.optional().catch(undefined));

export const FUNDING_PAGE_SIZE = 20;

export const fundingQuerySchema = z.object({
  mecanisme: one(z.enum(FUNDING_MECHANISMS)),
  domaine: one(z.string().regex(/^[A-Z_]{2,40}$/)),
  region: one(z.string().regex(/^\d{2}$/)),
  departement: one(z.string().regex(/^(\d{2,3}|2[AB])$/)),
  page: one(z.coerce.number().int().min(1).max(500)),
});

export type FundingQuery = z.infer<typeof fundingQuerySchema>;

export function fundingHref(query: FundingQuery, overrides: Partial<Record<keyof FundingQuery, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of Object.keys(fundingQuerySchema.shape)) {
    const value = merged[key];
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/essaimage/financements?${search}` : "/essaimage/financements";
}
