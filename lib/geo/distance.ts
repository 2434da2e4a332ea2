/** Great-circle distances between points and their localised display ("850 m", "3,2 km", "42 km"). */

/** Mean Earth radius (IUGG R1), in km: the sphere that best fits the WGS84 ellipsoid on average. */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

export type LatLng = { lat: number; lng: number };

/** Haversine distance in km; within about 0.5 % of the true (ellipsoidal) distance anywhere on Earth. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding pushing h a hair above 1 for antipodal points (asin would return NaN).
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, unit: "meter" | "kilometer", fractionDigits: 0 | 1): Intl.NumberFormat {
  const key = `${locale}|${unit}|${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: "unit",
      unit,
      unitDisplay: "short",
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a distance for people: metres to the nearest 10 below 1 km, one decimal below 10 km, whole
 * km beyond. Uses Intl, so French output keeps number and unit together with a no-break space (a
 * narrow one, U+202F, with current ICU data) and groups thousands the same way: "850 m", "3,2 km",
 * "1 234 km". Compare with the spaces normalised, not byte for byte.
 */
export function formatDistanceKm(km: number, locale = "fr-FR"): string {
  if (!Number.isFinite(km) || km < 0) throw new RangeError(`Invalid distance: ${km}`);
  const metres = Math.round((km * 1000) / 10) * 10;
  if (metres < 1000) return formatter(locale, "meter", 0).format(metres);
  // Round first so that 9.96 km reads "10 km", not "10,0 km".
  const tenths = Math.round(km * 10) / 10;
  if (tenths < 10) return formatter(locale, "kilometer", 1).format(tenths);
  return formatter(locale, "kilometer", 0).format(Math.round(km));
}
