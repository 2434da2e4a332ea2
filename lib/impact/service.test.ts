// Impact against the real database: indicators, measurements refused for each bad input
// with its French message (nothing saved), permissions, audit, progress.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { progressPercent } from "./progress";
import { addIndicator, loadImpact, recordEvidence, recordMeasurement, removeMeasurement, saveCatalogueIndicator } from "./service";

async function refusal(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function trustIndicator() {
  const owner = await makeUser("CATALYST", "impact");
  const { id: allianceId } = await makeSubmittableAlliance(owner);
  const { id } = await addIndicator(owner, allianceId, {
    name: "Confiance entre partenaires",
    register: "TRUST",
    unit: "SCORE_1_5",
    baselineValue: "2,5",
    baselineDate: "2024-01-01",
    targetValue: "4",
    targetDate: "2027-01-01",
  });
  return { owner, allianceId, indicatorId: id };
}

describe("impact measurements", () => {
  it("records dated measurements, audited, with progress towards the target", async () => {
    const { owner, allianceId, indicatorId } = await trustIndicator();
    for (const [measuredOn, value] of [["2024-06-01", "3"], ["2025-06-01", "3,4"], ["2026-06-01", "3.7"]]) {
      await recordMeasurement(owner, indicatorId, { value, measuredOn, source: "Enquête annuelle des partenaires" });
    }
    const view = await loadImpact(allianceId);
    const indicator = view.indicators.find((i) => i.id === indicatorId)!;
    expect(indicator.measurements.map((m) => m.value)).toEqual([3, 3.4, 3.7]);
    expect(indicator.progress).toBe(80); // (3.7 − 2.5) / (4 − 2.5)
    expect(await db.auditLog.count({ where: { targetId: allianceId, action: "impact.measurement.add" } })).toBe(3);
  });

  it("refuses a wrong unit, a date before the baseline or in the future, a non-number, a negative count", async () => {
    const { owner, allianceId, indicatorId } = await trustIndicator();
    const cases: [Record<string, string>, string, string][] = [
      [{ value: "7", measuredOn: "2025-01-01" }, "value", "de 1 à 5"],
      [{ value: "3", measuredOn: "2023-06-01" }, "measuredOn", "précéder la date de référence"],
      [{ value: "3", measuredOn: "2999-01-01" }, "measuredOn", "futur"],
      [{ value: "beaucoup", measuredOn: "2025-01-01" }, "value", "Saisissez un nombre"],
      [{ value: "2 000 000 000 000", measuredOn: "2025-01-01" }, "value", "trop grande"],
    ];
    for (const [input, field, message] of cases) {
      const error = await refusal(recordMeasurement(owner, indicatorId, { source: "Enquête", ...input }), "INVALID_INPUT");
      expect(error.fieldErrors?.[field]?.[0]).toContain(message);
    }
    const { id: count } = await addIndicator(owner, allianceId, { name: "Personnes accompagnées", register: "PERFORMANCE", unit: "COUNT" });
    const negative = await refusal(recordMeasurement(owner, count, { value: "-3", measuredOn: "2025-01-01", source: "Registre" }), "INVALID_INPUT");
    expect(negative.fieldErrors?.value?.[0]).toContain("positif");
    expect(await db.impactMeasurement.count({ where: { indicator: { allianceId } } })).toBe(0);
  });

  it("is refused to another catalyst and to a member; mistakes are removed with an audit entry", async () => {
    const { owner, allianceId, indicatorId } = await trustIndicator();
    await refusal(recordMeasurement(await makeUser("CATALYST", "other"), indicatorId, { value: "3", measuredOn: "2025-01-01", source: "Enquête" }), "NOT_FOUND");
    await refusal(recordMeasurement(await makeUser("MEMBER", "member"), indicatorId, { value: "3", measuredOn: "2025-01-01", source: "Enquête" }), "FORBIDDEN");
    await refusal(addIndicator(await makeUser("CATALYST", "other"), allianceId, { name: "Intrus", register: "TRUST", unit: "COUNT" }), "NOT_FOUND");
    const { id } = await recordMeasurement(owner, indicatorId, { value: "3", measuredOn: "2025-01-01", source: "Enquête" });
    await removeMeasurement(owner, id);
    expect(await db.impactMeasurement.count({ where: { id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: allianceId, action: "impact.measurement.remove" } })).toBe(1);
  });

  it("testimonies need their author's consent; catalogue indicators are followed once", async () => {
    const { owner, allianceId } = await trustIndicator();
    const noConsent = await refusal(recordEvidence(owner, allianceId, { register: "TRUST", quote: "On se parle enfin entre voisins d'entreprise.", authorName: "Nadia", recordedOn: "2025-05-01" }), "INVALID_INPUT");
    expect(noConsent.fieldErrors?.consent?.[0]).toContain("accord");
    await recordEvidence(owner, allianceId, { register: "TRUST", quote: "On se parle enfin entre voisins d'entreprise.", authorName: "Nadia", recordedOn: "2025-05-01", consent: true });
    expect((await loadImpact(allianceId)).evidence).toHaveLength(1);

    const admin = await makeUser("ADMIN", "admin");
    const code = `TRUST_TEST_${Date.now()}`;
    await saveCatalogueIndicator(admin, { code, register: "TRUST", nameFr: "Confiance mesurée", nameEn: "", definition: "Note moyenne de confiance.", method: "Enquête annuelle 1 à 5.", unit: "SCORE_1_5", direction: "HIGHER_IS_BETTER", aggregation: "MEDIAN", irisCode: "", active: true });
    await refusal(saveCatalogueIndicator(owner, { code: "X_Y_Z", register: "TRUST", nameFr: "x", nameEn: "", definition: "", method: "", unit: "COUNT", direction: "", aggregation: "", irisCode: "", active: true }), "FORBIDDEN");
    await addIndicator(owner, allianceId, { catalogueCode: code });
    await refusal(addIndicator(owner, allianceId, { catalogueCode: code }), "CONFLICT");
  });
});

describe("progress", () => {
  it("follows the direction of the indicator", () => {
    expect(progressPercent({ baseline: 10, target: 20, latest: 15, direction: "HIGHER_IS_BETTER" })).toBe(50);
    expect(progressPercent({ baseline: 40, target: 20, latest: 30, direction: "LOWER_IS_BETTER" })).toBe(50);
    expect(progressPercent({ baseline: 40, target: 20, latest: 50, direction: "LOWER_IS_BETTER" })).toBe(-50);
    expect(progressPercent({ baseline: 10, target: 20, latest: 25, direction: "HIGHER_IS_BETTER" })).toBe(150);
    expect(progressPercent({ baseline: 10, target: 5, latest: 8, direction: "HIGHER_IS_BETTER" })).toBeNull();
    expect(progressPercent({ baseline: null, target: 20, latest: 15, direction: "HIGHER_IS_BETTER" })).toBeNull();
  });
});
