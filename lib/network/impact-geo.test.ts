// The map's counts per département, measurements per year and the network median, against
// the rows they aggregate (real database, a small world of its own, independent counts).
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { alliancesPerDepartement, measurementsPerYear, networkMedians, MEDIAN_MIN_ALLIANCES } from "./impact-geo";

async function alliance(departement: string, region: string, status: "PUBLISHED" | "HIDDEN" = "PUBLISHED") {
  const suffix = crypto.randomBytes(5).toString("hex");
  return db.alliance.create({ data: { slug: `geo-${suffix}`, name: `Geo ${suffix}`, draft: {}, publicationStatus: status, departement, region, domainCodes: ["MOBILITY"] }, select: { id: true } });
}

describe("impact per département and over time", () => {
  it("counts the published alliances of each département the filters keep", async () => {
    await alliance("48", "76");
    await alliance("48", "76");
    await alliance("48", "76", "HIDDEN");
    await alliance("2A", "94");
    const rows = await alliancesPerDepartement({ domaine: "MOBILITY" });
    for (const code of ["48", "2A"]) {
      const expected = await db.alliance.count({ where: { publicationStatus: "PUBLISHED", departement: code, domainCodes: { has: "MOBILITY" } } });
      expect(rows.find((r) => r.code === code)?.alliances).toBe(expected);
    }
    expect(rows.find((r) => r.code === "48")!.alliances).toBeGreaterThanOrEqual(2);
    // A région filter keeps only its départements.
    expect((await alliancesPerDepartement({ region: "94" })).every((r) => r.code === "2A" || r.code === "2B")).toBe(true);
  });

  it("counts measurements per year and register", async () => {
    const recorder = await makeUser("CATALYST", "annees");
    const a = await alliance("48", "76");
    const indicator = await db.impactIndicator.create({ data: { allianceId: a.id, register: "INNOVATION", name: "Solutions", unit: "COUNT" } });
    for (const day of ["2019-03-01", "2019-09-01", "2020-01-01"]) await db.impactMeasurement.create({ data: { indicatorId: indicator.id, value: 1, measuredOn: new Date(day), source: "s", recordedById: recorder.id } });
    const rows = await measurementsPerYear({ departement: "48", domaine: "MOBILITY" });
    const in2019 = await db.impactMeasurement.count({ where: { measuredOn: { gte: new Date("2019-01-01"), lt: new Date("2020-01-01") }, indicator: { register: "INNOVATION", alliance: { publicationStatus: "PUBLISHED", departement: "48", domainCodes: { has: "MOBILITY" } } } } });
    expect(rows.find((r) => r.year === 2019 && r.register === "INNOVATION")?.measurements).toBe(in2019);
    expect(in2019).toBeGreaterThanOrEqual(2);
  });
});

describe("network median", () => {
  it("is the median of each published alliance's latest measurement, shown from 5 alliances on", async () => {
    const recorder = await makeUser("CATALYST", "mediane-reseau");
    const code = `NMED_${crypto.randomBytes(3).toString("hex").toUpperCase()}`;
    await db.catalogueIndicator.create({ data: { code, register: "TRUST", nameFr: "Médiane réseau", nameEn: "Network median", definition: "d", method: "m", unit: "PERCENT", aggregation: "NONE" } });
    const measure = async (latest: number, status: "PUBLISHED" | "HIDDEN" = "PUBLISHED") => {
      const a = await alliance("48", "76", status);
      const indicator = await db.impactIndicator.create({ data: { allianceId: a.id, catalogueCode: code, register: "TRUST", name: "Médiane réseau", unit: "PERCENT" } });
      await db.impactMeasurement.create({ data: { indicatorId: indicator.id, value: 99, measuredOn: new Date("2020-01-01"), source: "s", recordedById: recorder.id } });
      await db.impactMeasurement.create({ data: { indicatorId: indicator.id, value: latest, measuredOn: new Date("2024-01-01"), source: "s", recordedById: recorder.id } });
    };
    for (const value of [10, 20, 30, 40]) await measure(value);
    await measure(1000, "HIDDEN"); // not published: never counted
    expect(MEDIAN_MIN_ALLIANCES).toBe(5);
    expect(await networkMedians([code])).toEqual([]); // 4 alliances: not shown
    await measure(50);
    // A new entry (the cache is per key and list of codes): ask with another code alongside.
    expect(await networkMedians([code, "ABSENT_CODE"])).toEqual([{ code, unit: "PERCENT", median: 30, alliances: 5 }]);
  });
});
