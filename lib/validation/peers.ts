// Find-a-peer parameters, read from the URL so a search can be shared: a place (a commune
// code, or coordinates from the browser), and optional need, radius and "visits only".
import { z } from "zod";
import "@/lib/validation/zod-locale";

const one = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema.optional().catch(undefined));

export const PEER_RADII_KM = [10, 25, 50, 100, 200] as const;
export const DEFAULT_RADIUS_KM = 50;
export const PEER_PAGE_SIZE = 20;
export const PEER_KINDS = ["alliances", "catalyseurs"] as const;

export const peerQuerySchema = z.object({
  commune: one(z.string().regex(/^(\d{5}|2[AB]\d{3})$/)),
  /** Typed text when no commune was picked from the list (or without JavaScript). */
  lieu: one(z.string().trim().min(2).max(100)),
  lat: one(z.coerce.number().min(-90).max(90)),
  lng: one(z.coerce.number().min(-180).max(180)),
  domaine: one(z.string().regex(/^[A-Z_]{2,40}$/)),
  rayon: one(z.coerce.number().int().refine((value) => (PEER_RADII_KM as readonly number[]).includes(value))),
  visites: one(z.literal("1")),
  quoi: one(z.enum(PEER_KINDS)),
  page: one(z.coerce.number().int().min(1).max(50)),
});

export type PeerQuery = z.infer<typeof peerQuerySchema>;

/** The URL of a search (only the parameters that are set, in a stable order). */
export function peerHref(query: PeerQuery, overrides: Partial<Record<keyof PeerQuery, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of Object.keys(peerQuerySchema.shape)) {
    const value = merged[key];
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/trouver-un-pair?${search}` : "/trouver-un-pair";
}
