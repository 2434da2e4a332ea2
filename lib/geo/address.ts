// Optional precise geocoding through the national address API (Base Adresse Nationale),
// used only when BAN_API_URL is configured; never needed by tests or the demo.
import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

const responseSchema = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({ score: z.number(), citycode: z.string().optional(), label: z.string() }),
    }),
  ),
});

export type GeocodedAddress = { lat: number; lng: number; label: string };

/** The address's point within the given commune, or null (not configured, not found, API down). */
export async function geocodeAddress(address: string, communeInsee: string): Promise<GeocodedAddress | null> {
  const base = env().BAN_API_URL;
  if (!base || !address.trim() || !communeInsee) return null;
  const url = new URL("/search/", base);
  url.searchParams.set("q", address);
  url.searchParams.set("citycode", communeInsee);
  url.searchParams.set("limit", "1");
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return null;
    const parsed = responseSchema.safeParse(await response.json());
    const best = parsed.success ? parsed.data.features[0] : undefined;
    if (!best || best.properties.score < 0.5 || (best.properties.citycode && best.properties.citycode !== communeInsee)) return null;
    const [lng, lat] = best.geometry.coordinates;
    return { lat, lng, label: best.properties.label };
  } catch (error) {
    logger.warn({ err: (error as Error).message }, "address API unavailable");
    return null;
  }
}
