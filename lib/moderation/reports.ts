// Reports on published alliances: any signed-in user files one (once per alliance, rate
// limited); admins hide the alliance, ask its catalysts to update it, or dismiss it.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { invalidatePublishedResults } from "@/lib/cache/invalidate";
import { notifyEditors } from "@/lib/moderation/notify";
import { plainText } from "@/lib/validation/alliance";

type Actor = Pick<CurrentUser, "id" | "role">;

export const REPORT_REASONS = ["INCORRECT", "NO_LONGER_EXISTS", "DUPLICATE", "INAPPROPRIATE"] as const;
/** Reports one user may file per day, all alliances together. */
export const REPORTS_PER_DAY = 5;

export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { message: "Choisissez la raison du signalement." }),
  text: plainText(2000).default(""),
  /** A report may be about one impact measurement of the alliance. */
  measurementId: z.string().max(40).optional(),
});

export const handlingSchema = z.object({
  message: plainText(2000).pipe(z.string().min(10, { message: "Expliquez en quelques mots (10 caractères au moins) : les catalyseurs le liront." })),
});

const dismissalSchema = z.object({ message: plainText(2000).default("") });

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

export async function fileReport(actor: Actor, allianceId: string, input: unknown): Promise<void> {
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Le signalement est à corriger.", { fieldErrors: fieldErrors(parsed.error) });
  const alliance = await db.alliance.findUnique({ where: { id: allianceId }, select: { publicationStatus: true } });
  if (!alliance || alliance.publicationStatus !== "PUBLISHED") throw new AppError("NOT_FOUND", "Cette alliance n'est pas publiée.");
  if (parsed.data.measurementId) {
    const measurement = await db.impactMeasurement.findFirst({ where: { id: parsed.data.measurementId, indicator: { allianceId } }, select: { id: true } });
    if (!measurement) throw new AppError("INVALID_INPUT", "Cette mesure n'appartient pas à cette alliance.");
  }
  const already = await db.report.findUnique({ where: { allianceId_reporterId: { allianceId, reporterId: actor.id } }, select: { id: true } });
  if (already) throw new AppError("CONFLICT", "Vous avez déjà signalé cette alliance : les administrateurs examinent votre signalement.");
  const limit = await consumeRateLimit(`report:user:${actor.id}`, REPORTS_PER_DAY, 24 * 60 * 60);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", `Vous avez atteint la limite de ${REPORTS_PER_DAY} signalements par jour. Réessayez demain.`);
  try {
    await db.$transaction(async (tx) => {
      const report = await tx.report.create({ data: { allianceId, reporterId: actor.id, reason: parsed.data.reason, text: parsed.data.text, measurementId: parsed.data.measurementId ?? null }, select: { id: true } });
      await audit(tx, { actorId: actor.id, action: "report.create", targetType: "Alliance", targetId: allianceId, after: { reportId: report.id, reason: parsed.data.reason } });
    });
  } catch (error) {
    // The same user reporting twice at once: the unique index keeps one.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Vous avez déjà signalé cette alliance : les administrateurs examinent votre signalement.");
    }
    throw error;
  }
}

export type OpenReport = {
  id: string;
  reason: (typeof REPORT_REASONS)[number];
  text: string;
  createdAt: Date;
  reporterName: string;
  alliance: { id: string; slug: string; name: string; publicationStatus: string };
};

export async function listReports(actor: Actor, status: "OPEN" | "HANDLED" = "OPEN"): Promise<(OpenReport & { status: string; resolution: string | null; handledAt: Date | null; measurement: string | null })[]> {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
  const rows = await db.report.findMany({
    where: status === "OPEN" ? { status: "OPEN" } : { status: { not: "OPEN" } },
    orderBy: status === "OPEN" ? { createdAt: "asc" } : { handledAt: "desc" },
    take: 200,
    select: {
      id: true,
      reason: true,
      text: true,
      status: true,
      resolution: true,
      handledAt: true,
      createdAt: true,
      measurementId: true,
      reporter: { select: { publicName: true, name: true, email: true } },
      alliance: { select: { id: true, slug: true, name: true, publicationStatus: true } },
    },
  });
  // What a report on a measurement points at, in words: "Indicator: value (date)".
  const measurementIds = rows.map((row) => row.measurementId).filter((id): id is string => !!id);
  const measurements = measurementIds.length
    ? await db.impactMeasurement.findMany({ where: { id: { in: measurementIds } }, select: { id: true, value: true, measuredOn: true, indicator: { select: { name: true } } } })
    : [];
  const describe = new Map(measurements.map((m) => [m.id, `${m.indicator.name} : ${Number(m.value).toLocaleString("fr-FR")} (${m.measuredOn.toISOString().slice(0, 10)})`]));
  return rows.map((row) => ({
    measurement: row.measurementId ? (describe.get(row.measurementId) ?? null) : null,
    id: row.id,
    reason: row.reason,
    text: row.text,
    status: row.status,
    resolution: row.resolution,
    handledAt: row.handledAt,
    createdAt: row.createdAt,
    reporterName: row.reporter.publicName ?? row.reporter.name ?? row.reporter.email,
    alliance: row.alliance,
  }));
}

export type ReportDecision = "HIDE" | "REQUEST_UPDATE" | "DISMISS";

/**
 * Decides an open report. HIDE unpublishes the alliance (its catalysts are told why) and
 * closes every open report on it; REQUEST_UPDATE asks the catalysts to update it; DISMISS
 * closes the report. A report already handled by someone else is reported, not redone.
 */
export async function decideReport(actor: Actor, reportId: string, decision: ReportDecision, input: unknown): Promise<void> {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
  // A dismissal may say nothing; hiding and asking for an update tell the catalysts why.
  const parsed = (decision === "DISMISS" ? dismissalSchema : handlingSchema).safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Le message est à corriger.", { fieldErrors: fieldErrors(parsed.error) });
  const message = parsed.data.message;
  const status = decision === "HIDE" ? "HIDDEN" : decision === "REQUEST_UPDATE" ? "UPDATE_REQUESTED" : "DISMISSED";
  const now = new Date();

  const result = await db.$transaction(async (tx) => {
    // The status in the WHERE clause: of two admins deciding at once, one wins.
    const report = await tx.report.findUnique({ where: { id: reportId }, select: { allianceId: true, alliance: { select: { name: true, publicationStatus: true, draftVersion: true } } } });
    if (!report) throw new AppError("NOT_FOUND", "Ce signalement n'existe pas.");
    const updated = await tx.report.updateMany({ where: { id: reportId, status: "OPEN" }, data: { status, handledById: actor.id, handledAt: now, resolution: message || null } });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Ce signalement a déjà été traité par un autre administrateur. Rien n'a été modifié.");
    await audit(tx, { actorId: actor.id, action: `report.${decision.toLowerCase().replace("_", "-")}`, targetType: "Report", targetId: reportId, before: { status: "OPEN" }, after: { status, allianceId: report.allianceId, message } });
    if (decision === "HIDE") {
      if (report.alliance.publicationStatus !== "PUBLISHED") throw new AppError("CONFLICT", "Cette alliance n'est déjà plus publiée.");
      await tx.alliance.update({ where: { id: report.allianceId }, data: { publicationStatus: "HIDDEN", hiddenReason: message } });
      await tx.allianceRevision.create({
        data: { allianceId: report.allianceId, version: report.alliance.draftVersion, kind: "HIDE", authorId: actor.id, snapshot: { reason: message, reportId } },
      });
      // The other open reports on the same alliance are settled by the same decision.
      await tx.report.updateMany({ where: { allianceId: report.allianceId, status: "OPEN" }, data: { status: "HIDDEN", handledById: actor.id, handledAt: now, resolution: message } });
      await audit(tx, { actorId: actor.id, action: "alliance.hide", targetType: "Alliance", targetId: report.allianceId, before: { publicationStatus: "PUBLISHED" }, after: { publicationStatus: "HIDDEN", reason: message } });
    }
    return { allianceId: report.allianceId, name: report.alliance.name };
  });

  if (decision === "HIDE") {
    await invalidatePublishedResults();
    await notifyEditors(result.allianceId, {
      kind: "report-hidden",
      subject: `« ${result.name} » n'est plus visible dans le registre`,
      body: `Après un signalement, un administrateur a retiré l'alliance « ${result.name} » du registre public.\n\nMotif :\n${message}\n\nCorrigez-la puis soumettez-la à nouveau depuis votre espace : elle sera republiée après relecture.`,
      link: `/espace/alliances/${result.allianceId}/modifier`,
    });
  } else if (decision === "REQUEST_UPDATE") {
    await notifyEditors(result.allianceId, {
      kind: "report-update-requested",
      subject: `« ${result.name} » : une mise à jour est demandée`,
      body: `Un signalement concerne l'alliance « ${result.name} ». Un administrateur vous demande de la mettre à jour :\n\n${message}\n\nElle reste publiée ; vos modifications seront relues avant publication.`,
      link: `/espace/alliances/${result.allianceId}/modifier`,
    });
  }
}

export type HiddenAlliance = { id: string; name: string; hiddenReason: string | null; hiddenAt: Date | null; resubmitted: boolean };

/** Alliances hidden after a report, most recently hidden first, for admins to review. */
export async function listHiddenAlliances(actor: Actor): Promise<HiddenAlliance[]> {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
  const rows = await db.alliance.findMany({
    where: { publicationStatus: "HIDDEN" },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true,
      name: true,
      hiddenReason: true,
      reviewStatus: true,
      revisions: { where: { kind: "HIDE" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return rows
    .map((row) => ({ id: row.id, name: row.name, hiddenReason: row.hiddenReason, hiddenAt: row.revisions[0]?.createdAt ?? null, resubmitted: row.reviewStatus === "PENDING" }))
    .sort((a, b) => (b.hiddenAt?.getTime() ?? 0) - (a.hiddenAt?.getTime() ?? 0));
}

/**
 * Puts a hidden alliance back in the register as it was published (a hiding decided in
 * error, or a problem solved elsewhere). A correction its catalysts submitted meanwhile
 * stays in the review queue. Of two admins restoring at once, one does it, the other is told.
 */
export async function restoreAlliance(actor: Actor, allianceId: string, input: unknown): Promise<void> {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
  const parsed = dismissalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Le message est à corriger.", { fieldErrors: fieldErrors(parsed.error) });
  const message = parsed.data.message;
  const name = await db.$transaction(async (tx) => {
    const alliance = await tx.alliance.findUnique({ where: { id: allianceId }, select: { name: true, hiddenReason: true, draftVersion: true } });
    if (!alliance) throw new AppError("NOT_FOUND", "Cette alliance n'existe pas.");
    const updated = await tx.alliance.updateMany({ where: { id: allianceId, publicationStatus: "HIDDEN" }, data: { publicationStatus: "PUBLISHED", hiddenReason: null } });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Cette alliance n'est plus masquée : un autre administrateur l'a peut-être déjà republiée. Rien n'a été modifié.");
    await tx.allianceRevision.create({ data: { allianceId, version: alliance.draftVersion, kind: "RESTORE", authorId: actor.id, snapshot: { reason: message } } });
    await audit(tx, {
      actorId: actor.id,
      action: "alliance.restore",
      targetType: "Alliance",
      targetId: allianceId,
      before: { publicationStatus: "HIDDEN", reason: alliance.hiddenReason },
      after: { publicationStatus: "PUBLISHED", message },
    });
    return alliance.name;
  });
  await invalidatePublishedResults();
  await notifyEditors(allianceId, {
    kind: "alliance-restored",
    subject: `« ${name} » est de nouveau visible dans le registre`,
    body: `Un administrateur a republié l'alliance « ${name} » dans le registre public, telle qu'elle était publiée.${message ? `\n\nSon message :\n${message}` : ""}`,
    link: `/espace/alliances/${allianceId}/modifier`,
  });
}
