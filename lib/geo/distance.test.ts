/** Tests for great-circle distances and their display. */
import { describe, expect, it } from "vitest";
import { formatDistanceKm, haversineKm } from "./distance";

import { MARSEILLE, PARIS, POITIERS, REFERENCES } from "@/lib/testing/reference-distances";

describe("haversineKm", () => {
  it.each(REFERENCES)("%s is within 1 %% of the ellipsoidal distance", (_name, a, b, km) => {
    expect(Math.abs(haversineKm(a, b) - km) / km).toBeLessThan(0.01);
  });

  it("is symmetric and zero for the same point", () => {
    expect(haversineKm(PARIS, MARSEILLE)).toBeCloseTo(haversineKm(MARSEILLE, PARIS), 9);
    expect(haversineKm(POITIERS, POITIERS)).toBe(0);
  });

  it("handles antipodes and the antimeridian", () => {
    // Half the circumference of the mean sphere.
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
    // One degree of longitude on the equator, across ±180°.
    expect(haversineKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).toBeCloseTo((Math.PI / 180) * 6371.0088, 6);
  });
});

describe("formatDistanceKm", () => {
  // Intl separates number and unit with a no-break space in French; compare on plain spaces.
  const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, " ");

  it("formats metres, one decimal below 10 km, whole km beyond", () => {
    expect(plain(formatDistanceKm(0.85))).toBe("850 m");
    expect(plain(formatDistanceKm(0.8549))).toBe("850 m");
    expect(plain(formatDistanceKm(0))).toBe("0 m");
    expect(plain(formatDistanceKm(3.21))).toBe("3,2 km");
    expect(plain(formatDistanceKm(1))).toBe("1,0 km");
    expect(plain(formatDistanceKm(42.4))).toBe("42 km");
    expect(plain(formatDistanceKm(1234.4))).toBe("1 234 km");
  });

  it("never shows 1000 m or 10,0 km at the boundaries", () => {
    expect(plain(formatDistanceKm(0.9996))).toBe("1,0 km");
    expect(plain(formatDistanceKm(9.96))).toBe("10 km");
  });

  it("keeps number and unit together in French and follows the locale", () => {
    // CLDR's French unit pattern uses a narrow no-break space (U+202F); older ICU data a no-break space.
    expect(formatDistanceKm(3.21)).toMatch(/^3,2[\u00a0\u202f]km$/);
    expect(formatDistanceKm(3.21, "en-GB")).toBe("3.2 km");
    expect(formatDistanceKm(0.85, "en-GB")).toBe("850 m");
  });

  it("rejects negative or non-finite distances", () => {
    expect(() => formatDistanceKm(-1)).toThrow(RangeError);
    expect(() => formatDistanceKm(Number.NaN)).toThrow(RangeError);
    expect(() => formatDistanceKm(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
