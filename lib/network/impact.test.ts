// The network impact view's figures against the rows they aggregate (real database):
// a small world of its own in Bretagne and "Culture", checked by independent queries.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { directoryQuerySchema } from "@/lib/validation/directory";
import { getNetworkImpact } from "./impact";
import { impactTableCsv } from "./impact-csv";

async function alliance(extra: { scalingKinds?: ("GEOGRAPHIC" | "SECTORAL")[]; status?: "PUBLISHED" | "HIDDEN" } = {}) {
  const suffix = crypto.randomBytes(5).toString("hex");
  return db.alliance.create({
    data: { slug: `impact-${suffix}`, name: `Impact ${suffix}`, draft: {}, publicationStatus: extra.status ?? "PUBLISHED", region: "53", departement: "29", communeName: "Brest", lat: 48.39, lng: -4.49, domainCodes: ["CULTURE"], scalingKinds: extra.scalingKinds ?? [] },
    select: { id: true },
  });
}

describe("network impact figures", () => {
  it("match the rows they aggregate, and only published alliances count", async () => {
    const recorder = await makeUser("CATALYST", "mesure");
    const code = `TEST_${crypto.randomBytes(3).toString("hex").toUpperCase()}`;
    await db.catalogueIndicator.create({ data: { code, register: "TRUST", nameFr: "Confiance test", nameEn: "Trust test", definition: "d", method: "m", unit: "COUNT", aggregation: "SUM" } });
    const [a, b, c] = [await alliance({ scalingKinds: ["GEOGRAPHIC"] }), await alliance({ scalingKinds: ["GEOGRAPHIC", "SECTORAL"] }), await alliance()];
    const hidden = await alliance({ scalingKinds: ["SECTORAL"], status: "HIDDEN" });
    const measure = async (allianceId: string, values: [string, number][]) => {
      const indicator = await db.impactIndicator.create({ data: { allianceId, catalogueCode: code, register: "TRUST", name: "Confiance test", unit: "COUNT" } });
      for (const [day, value] of values) await db.impactMeasurement.create({ data: { indicatorId: indicator.id, value, measuredOn: new Date(day), source: "enquête", recordedById: recorder.id } });
    };
    await measure(a.id, [["2025-01-01", 10], ["2026-01-01", 14]]); // latest 14
    await measure(b.id, [["2026-03-01", 6]]);
    await measure(hidden.id, [["2026-03-01", 1000]]); // not published: never counted
    await db.replication.create({ data: { originId: a.id, replicaId: c.id, status: "CONFIRMED", requestedById: recorder.id, decidedAt: new Date("2026-05-01") } });

    const query = directoryQuerySchema.parse({ region: "53", domaine: "CULTURE" });
    const data = await getNetworkImpact(query);
    // Independent counts of the same scope.
    const scope = { publicationStatus: "PUBLISHED" as const, region: "53", domainCodes: { has: "CULTURE" } };
    expect(data.alliances).toBe(await db.alliance.count({ where: scope }));
    const measuring = await db.alliance.count({ where: { ...scope, indicators: { some: { measurements: { some: {} } } } } });
    expect(data.regions.find((r) => r.code === "53")).toMatchObject({ alliances: data.alliances, measuring, name: "Bretagne" });
    const indicator = data.indicators.find((i) => i.code === code);
    expect(indicator).toMatchObject({ alliances: 2, value: 20, aggregation: "SUM" });
    const trust = data.registers.find((r) => r.register === "TRUST");
    expect(trust?.measurements).toBe(await db.impactMeasurement.count({ where: { indicator: { register: "TRUST", alliance: scope } } }));
    const geographic = await db.alliance.count({ where: { ...scope, scalingKinds: { has: "GEOGRAPHIC" } } });
    expect(data.scaling.find((s) => s.kind === "GEOGRAPHIC")?.alliances).toBe(geographic);
    expect(data.replications.find((r) => r.year === 2026)?.confirmed).toBeGreaterThanOrEqual(1);
    expect(data.domains.find((d) => d.code === "CULTURE")).toMatchObject({ alliances: data.alliances, measuring });

    // The CSV carries the same figures.
    const csv = impactTableCsv("indicateurs", data, (key) => key);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`Confiance test;${code};registers.TRUST;units.COUNT;aggregations.SUM;2;20\r\n`);
  });

  it("a median indicator takes the median of each alliance's latest measurement", async () => {
    const recorder = await makeUser("CATALYST", "mediane");
    const code = `MED_${crypto.randomBytes(3).toString("hex").toUpperCase()}`;
    await db.catalogueIndicator.create({ data: { code, register: "PERFORMANCE", nameFr: "Médiane test", nameEn: "Median test", definition: "d", method: "m", unit: "PERCENT", aggregation: "MEDIAN" } });
    for (const value of [10, 30, 80]) {
      const { id } = await alliance();
      const indicator = await db.impactIndicator.create({ data: { allianceId: id, catalogueCode: code, register: "PERFORMANCE", name: "Médiane test", unit: "PERCENT" } });
      await db.impactMeasurement.create({ data: { indicatorId: indicator.id, value, measuredOn: new Date("2026-02-01"), source: "s", recordedById: recorder.id } });
    }
    const data = await getNetworkImpact(directoryQuerySchema.parse({ region: "53" }));
    expect(data.indicators.find((i) => i.code === code)).toMatchObject({ alliances: 3, value: 30 });
  });
});
