// Impact of an alliance: indicators (from the shared catalogue or custom), dated
// measurements and testimonies. Recorded by its editors, published at once (they are
// facts with a source, not descriptions: reports handle mistakes), always audited.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { parisDay } from "@/lib/dates/paris";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanEditAlliance } from "@/lib/alliances/authz";
import { invalidatePublishedResults } from "@/lib/cache/invalidate";
import { evidenceSchema, indicatorSchema, measurementSchema, unitProblem, type IndicatorUnit } from "@/lib/validation/impact";
import { progressPercent } from "@/lib/impact/progress";
import type { z } from "zod";

type Actor = Pick<CurrentUser, "id" | "role">;

function invalid(error: z.ZodError, message = "Certains champs sont à corriger."): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return new AppError("INVALID_INPUT", message, { fieldErrors });
}

const date = (iso: string) => (iso ? new Date(iso + "T00:00:00Z") : null);
const today = () => parisDay();

export async function addIndicator(actor: Actor, allianceId: string, input: unknown): Promise<{ id: string }> {
  const parsed = indicatorSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const data = parsed.data;
  const created = await db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, actor, allianceId);
    const catalogue = data.catalogueCode ? await tx.catalogueIndicator.findFirst({ where: { code: data.catalogueCode, active: true } }) : null;
    if (data.catalogueCode && !catalogue) throw new AppError("INVALID_INPUT", "Indicateur inconnu.", { fieldErrors: { catalogueCode: ["Choisissez un indicateur du catalogue."] } });
    const unit = (catalogue?.unit ?? data.unit!) as IndicatorUnit;
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, value] of [["baselineValue", data.baselineValue], ["targetValue", data.targetValue]] as const) {
      const problem = value !== null ? unitProblem(unit, value) : null;
      if (problem) fieldErrors[field] = [problem];
    }
    if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors });
    try {
      const indicator = await tx.impactIndicator.create({
        data: {
          allianceId,
          catalogueCode: catalogue?.code ?? null,
          register: catalogue?.register ?? data.register!,
          name: catalogue?.nameFr ?? data.name,
          definition: catalogue?.definition ?? data.definition,
          unit,
          direction: catalogue?.direction ?? data.direction,
          baselineValue: data.baselineValue,
          baselineDate: date(data.baselineDate),
          targetValue: data.targetValue,
          targetDate: date(data.targetDate),
        },
        select: { id: true, name: true },
      });
      await audit(tx, { actorId: actor.id, action: "impact.indicator.add", targetType: "Alliance", targetId: allianceId, after: { indicatorId: indicator.id, name: indicator.name, catalogueCode: catalogue?.code ?? null } });
      return { id: indicator.id };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError("CONFLICT", "Cette alliance suit déjà cet indicateur du catalogue.", { fieldErrors: { catalogueCode: ["Cette alliance suit déjà cet indicateur."] } });
      }
      throw error;
    }
  });
  await invalidatePublishedResults();
  return created;
}

async function indicatorOf(tx: Prisma.TransactionClient, actor: Actor, indicatorId: string) {
  const indicator = await tx.impactIndicator.findUnique({ where: { id: indicatorId }, select: { id: true, allianceId: true, unit: true, baselineDate: true, name: true } });
  if (!indicator) throw new AppError("NOT_FOUND", "Cet indicateur n'existe pas.");
  await assertCanEditAlliance(tx, actor, indicator.allianceId);
  return indicator;
}

/** A dated measurement: the right unit, not before the baseline, not in the future. */
export async function recordMeasurement(actor: Actor, indicatorId: string, input: unknown): Promise<{ id: string }> {
  const parsed = measurementSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, "La mesure est à corriger.");
  const data = parsed.data;
  const result = await db.$transaction(async (tx) => {
    const indicator = await indicatorOf(tx, actor, indicatorId);
    const fieldErrors: Record<string, string[]> = {};
    const problem = unitProblem(indicator.unit as IndicatorUnit, data.value!);
    if (problem) fieldErrors.value = [problem];
    if (data.measuredOn > today()) fieldErrors.measuredOn = ["Une mesure ne peut pas être datée dans le futur."];
    else if (indicator.baselineDate && data.measuredOn < indicator.baselineDate.toISOString().slice(0, 10)) fieldErrors.measuredOn = ["Une mesure ne peut pas précéder la date de référence de l'indicateur."];
    if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "La mesure est à corriger.", { fieldErrors });
    const measurement = await tx.impactMeasurement.create({
      data: { indicatorId, value: data.value!, measuredOn: date(data.measuredOn)!, source: data.source, method: data.method, comment: data.comment || null, recordedById: actor.id },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: "impact.measurement.add", targetType: "Alliance", targetId: indicator.allianceId, after: { indicatorId, measurementId: measurement.id, value: data.value, measuredOn: data.measuredOn, source: data.source } });
    return measurement;
  });
  await invalidatePublishedResults();
  return result;
}

/** A mistaken measurement is removed by its alliance's editors, with an audit entry keeping its values. */
export async function removeMeasurement(actor: Actor, measurementId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const measurement = await tx.impactMeasurement.findUnique({ where: { id: measurementId }, select: { indicatorId: true, value: true, measuredOn: true, source: true } });
    if (!measurement) throw new AppError("NOT_FOUND", "Cette mesure n'existe pas.");
    const indicator = await indicatorOf(tx, actor, measurement.indicatorId);
    await tx.impactMeasurement.delete({ where: { id: measurementId } });
    await audit(tx, {
      actorId: actor.id,
      action: "impact.measurement.remove",
      targetType: "Alliance",
      targetId: indicator.allianceId,
      before: { measurementId, value: Number(measurement.value), measuredOn: measurement.measuredOn.toISOString().slice(0, 10), source: measurement.source },
    });
  });
  await invalidatePublishedResults();
}

export async function recordEvidence(actor: Actor, allianceId: string, input: unknown): Promise<void> {
  const parsed = evidenceSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, "Le témoignage est à corriger.");
  const data = parsed.data;
  if (data.recordedOn > today()) throw new AppError("INVALID_INPUT", "Le témoignage est à corriger.", { fieldErrors: { recordedOn: ["La date ne peut pas être dans le futur."] } });
  await db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, actor, allianceId);
    const evidence = await tx.impactEvidence.create({
      data: { allianceId, register: data.register, quote: data.quote, authorName: data.authorName, authorRole: data.authorRole || null, consentAt: new Date(), recordedOn: date(data.recordedOn)! },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: "impact.evidence.add", targetType: "Alliance", targetId: allianceId, after: { evidenceId: evidence.id, authorName: data.authorName } });
  });
  await invalidatePublishedResults();
}

export type IndicatorView = {
  id: string;
  register: "PERFORMANCE" | "INNOVATION" | "TRUST";
  name: string;
  definition: string;
  method: string | null;
  catalogueCode: string | null;
  irisCode: string | null;
  unit: IndicatorUnit;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  baseline: { value: number; date: string } | null;
  target: { value: number; date: string } | null;
  measurements: { id: string; value: number; measuredOn: string; source: string; method: string; comment: string | null }[];
  progress: number | null;
};

export type ImpactView = { indicators: IndicatorView[]; evidence: { id: string; register: string; quote: string; authorName: string; authorRole: string | null; recordedOn: string }[] };

/** An alliance's indicators with their measurements, oldest first, and progress. */
export async function loadImpact(allianceId: string): Promise<ImpactView> {
  const [indicators, evidence] = await Promise.all([
    db.impactIndicator.findMany({
      where: { allianceId },
      orderBy: [{ register: "asc" }, { createdAt: "asc" }],
      include: { catalogue: { select: { method: true, irisCode: true } }, measurements: { orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }] } },
    }),
    db.impactEvidence.findMany({ where: { allianceId }, orderBy: { recordedOn: "desc" } }),
  ]);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    indicators: indicators.map((i) => {
      const measurements = i.measurements.map((m) => ({ id: m.id, value: Number(m.value), measuredOn: iso(m.measuredOn), source: m.source, method: m.method, comment: m.comment }));
      const baseline = i.baselineValue !== null && i.baselineDate ? { value: Number(i.baselineValue), date: iso(i.baselineDate) } : null;
      const target = i.targetValue !== null && i.targetDate ? { value: Number(i.targetValue), date: iso(i.targetDate) } : null;
      return {
        id: i.id,
        register: i.register,
        name: i.name,
        definition: i.definition,
        method: i.catalogue?.method ?? null,
        catalogueCode: i.catalogueCode,
        irisCode: i.catalogue?.irisCode ?? null,
        unit: i.unit as IndicatorUnit,
        direction: i.direction,
        baseline,
        target,
        measurements,
        progress: progressPercent({ baseline: baseline?.value ?? null, target: target?.value ?? null, latest: measurements.at(-1)?.value ?? null, direction: i.direction }),
      };
    }),
    evidence: evidence.map((e) => ({ id: e.id, register: e.register, quote: e.quote, authorName: e.authorName, authorRole: e.authorRole, recordedOn: iso(e.recordedOn) })),
  };
}

export async function listCatalogue() {
  return db.catalogueIndicator.findMany({ where: { active: true }, orderBy: [{ register: "asc" }, { nameFr: "asc" }], select: { code: true, register: true, nameFr: true, definition: true, method: true, unit: true, irisCode: true } });
}

/** Admins keep the shared catalogue: create or update an indicator, or retire it. */
export async function saveCatalogueIndicator(actor: Actor, input: { code: string; register: string; nameFr: string; nameEn: string; definition: string; method: string; unit: string; direction: string; aggregation: string; irisCode: string; active: boolean }): Promise<void> {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
  const fieldErrors: Record<string, string[]> = {};
  if (!/^[A-Z][A-Z0-9_]{2,59}$/.test(input.code)) fieldErrors.code = ["Un code en majuscules, chiffres et _ (3 à 60 caractères)."];
  if (input.nameFr.trim().length < 3) fieldErrors.nameFr = ["Nommez l'indicateur."];
  if (input.definition.trim().length < 10) fieldErrors.definition = ["Donnez une définition (10 caractères au moins)."];
  if (input.method.trim().length < 10) fieldErrors.method = ["Décrivez la méthode de mesure (10 caractères au moins)."];
  if (!["PERFORMANCE", "INNOVATION", "TRUST"].includes(input.register)) fieldErrors.register = ["Choisissez le registre."];
  if (!["COUNT", "PERCENT", "EUR", "HOURS", "SCORE_1_5", "RATIO"].includes(input.unit)) fieldErrors.unit = ["Choisissez l'unité."];
  if (input.irisCode && !/^[A-Z]{2}\d{4}$/.test(input.irisCode)) fieldErrors.irisCode = ["Un code IRIS+ s'écrit comme PI4060."];
  if (/[<>]/.test(input.nameFr + input.definition + input.method)) fieldErrors.definition = ["Le texte ne peut pas contenir de HTML."];
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors });
  const data = {
    register: input.register as "PERFORMANCE",
    nameFr: input.nameFr.trim(),
    nameEn: input.nameEn.trim() || input.nameFr.trim(),
    definition: input.definition.trim(),
    method: input.method.trim(),
    unit: input.unit as "COUNT",
    direction: input.direction === "LOWER_IS_BETTER" ? ("LOWER_IS_BETTER" as const) : ("HIGHER_IS_BETTER" as const),
    aggregation: (["SUM", "MEDIAN", "NONE"].includes(input.aggregation) ? input.aggregation : "NONE") as "SUM",
    irisCode: input.irisCode || null,
    active: input.active,
  };
  await db.$transaction(async (tx) => {
    const before = await tx.catalogueIndicator.findUnique({ where: { code: input.code } });
    await tx.catalogueIndicator.upsert({ where: { code: input.code }, create: { code: input.code, ...data }, update: data });
    await audit(tx, { actorId: actor.id, action: before ? "impact.catalogue.update" : "impact.catalogue.create", targetType: "CatalogueIndicator", targetId: input.code, before: before ? { nameFr: before.nameFr, active: before.active } : undefined, after: { nameFr: data.nameFr, active: data.active } });
  });
  await invalidatePublishedResults();
}
