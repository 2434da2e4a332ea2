// Catalysts' writes on alliances: create, save the working copy (optimistic locking, one
// revision per save), submit for review. Each write and its audit entry share a transaction.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanEditAlliance } from "@/lib/alliances/authz";
import { slugify } from "@/lib/alliances/slug";
import { allianceDraftSchema, emptyDraft, submissionIssues, type AllianceDraft } from "@/lib/validation/alliance";
import { getCommune } from "@/lib/geo/communes";

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

export type ConflictDetails = {
  currentVersion: number;
  changedFields: string[];
  authorName: string | null;
  savedAt: string;
  theirs: AllianceDraft;
};

/** Top-level draft fields that differ (territory is compared field by field). */
export function changedFields(before: AllianceDraft, after: AllianceDraft): string[] {
  const fields: string[] = [];
  for (const key of Object.keys(after) as (keyof AllianceDraft)[]) {
    if (key === "territory") {
      for (const sub of Object.keys(after.territory) as (keyof AllianceDraft["territory"])[]) {
        if (JSON.stringify(before.territory?.[sub]) !== JSON.stringify(after.territory[sub])) fields.push(`territory.${sub}`);
      }
    } else if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      fields.push(key);
    }
  }
  return fields;
}

async function uniqueSlug(tx: Tx, name: string, excludeId?: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 1; attempt < 1000; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    // Sequential: a transaction is one connection, which runs one query at a time.
    const current = await tx.alliance.findUnique({ where: { slug: candidate }, select: { id: true } });
    const former = await tx.allianceSlug.findUnique({ where: { slug: candidate }, select: { allianceId: true } });
    if ((!current || current.id === excludeId) && (!former || former.allianceId === excludeId)) return candidate;
  }
  throw new AppError("CONFLICT", "Impossible de trouver une adresse libre pour ce nom.");
}

/** Validates a draft, turning zod issues into field errors; unknown communes are refused. */
export function parseDraft(input: unknown): AllianceDraft {
  const parsed = allianceDraftSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors });
  }
  const draft = parsed.data;
  const unknown = [draft.territory.communeInsee, ...draft.territory.coveredCommunes].filter((code) => code && !getCommune(code));
  if (unknown.length) {
    throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors: { "territory.communeInsee": ["Commune inconnue : choisissez-la dans la liste."] } });
  }
  return draft;
}

/** Fails (NOT_FOUND / FORBIDDEN) unless `actor` may edit the alliance; for checks before other writes. */
export async function ensureCanEdit(actor: Actor, allianceId: string): Promise<void> {
  await db.$transaction((tx) => assertCanEditAlliance(tx, actor, allianceId));
}

export async function createAlliance(actor: Actor, name: string): Promise<{ id: string; slug: string }> {
  if (!hasRole(actor.role, "CATALYST")) throw new AppError("FORBIDDEN", "Seuls les catalyseurs peuvent créer une alliance.");
  const draft = parseDraft({ ...emptyDraft(), name });
  if (draft.name.length < 3) throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors: { name: ["Donnez un nom à l'alliance (3 caractères au moins)."] } });
  // Two catalysts creating the same name at once may pick the same free slug: the unique
  // index refuses the second, which then tries again with the next one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertAlliance(actor, draft);
    } catch (error) {
      const slugTaken = isUniqueViolation(error);
      if (!slugTaken || attempt >= 3) throw error;
    }
  }
}

async function insertAlliance(actor: Actor, draft: AllianceDraft): Promise<{ id: string; slug: string }> {
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, draft.name);
    const alliance = await tx.alliance.create({
      data: { slug, name: draft.name, draft: draft as Prisma.InputJsonValue, createdById: actor.id, editors: { create: { userId: actor.id, isOwner: true } } },
      select: { id: true, slug: true },
    });
    await tx.allianceRevision.create({ data: { allianceId: alliance.id, version: 1, kind: "CREATE", authorId: actor.id, changedFields: ["name"], snapshot: draft as Prisma.InputJsonValue } });
    await audit(tx, { actorId: actor.id, action: "alliance.create", targetType: "Alliance", targetId: alliance.id, after: { name: draft.name } });
    return alliance;
  });
}

/**
 * Saves the working copy. `expectedVersion` is the version the editor loaded; if someone
 * saved in between, nothing is written and a CONFLICT carries the other change. `update`
 * gets the current draft (and the transaction, for anything it must create alongside) once
 * the edit right and the version are checked; all or nothing.
 */
export async function saveDraft(
  actor: Actor,
  allianceId: string,
  expectedVersion: number,
  update: (current: AllianceDraft, tx: Tx) => unknown,
): Promise<{ version: number; changedFields: string[] }> {
  return db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, actor, allianceId);
    const current = await tx.alliance.findUniqueOrThrow({ where: { id: allianceId }, select: { draft: true, draftVersion: true, archivedAt: true } });
    if (current.archivedAt) throw new AppError("CONFLICT", "Cette alliance est archivée : elle ne peut plus être modifiée.");
    if (current.draftVersion !== expectedVersion) throw await conflict(tx, allianceId, current.draftVersion);
    const before = allianceDraftSchema.parse(current.draft);
    const next = parseDraft(await update(before, tx));
    if (next.domainCodes.length) {
      const known = await tx.domain.count({ where: { code: { in: next.domainCodes }, active: true } });
      if (known !== next.domainCodes.length) {
        throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors: { domainCodes: ["Domaine d'action inconnu."] } });
      }
    }
    const fields = changedFields(before, next);
    if (fields.length === 0) return { version: current.draftVersion, changedFields: [] };
    const version = expectedVersion + 1;
    // The version in the WHERE clause makes the check and the write one atomic step.
    const updated = await tx.alliance.updateMany({
      where: { id: allianceId, draftVersion: expectedVersion },
      data: { draft: next as Prisma.InputJsonValue, draftVersion: version, draftUpdatedAt: new Date() },
    });
    if (updated.count !== 1) throw await conflict(tx, allianceId, expectedVersion + 1);
    await tx.allianceRevision.create({ data: { allianceId, version, kind: "SAVE", authorId: actor.id, changedFields: fields, snapshot: next as Prisma.InputJsonValue } });
    await audit(tx, { actorId: actor.id, action: "alliance.draft.save", targetType: "Alliance", targetId: allianceId, after: { version, changedFields: fields } });
    return { version, changedFields: fields };
  });
}

async function conflict(tx: Tx, allianceId: string, currentVersion: number): Promise<AppError> {
  const alliance = await tx.alliance.findUniqueOrThrow({ where: { id: allianceId }, select: { draft: true, draftVersion: true } });
  const revision = await tx.allianceRevision.findFirst({
    where: { allianceId, kind: { in: ["SAVE", "CREATE"] } },
    orderBy: { version: "desc" },
    select: { changedFields: true, createdAt: true, author: { select: { publicName: true, name: true, email: true } } },
  });
  const details: ConflictDetails = {
    currentVersion: alliance.draftVersion ?? currentVersion,
    changedFields: revision?.changedFields ?? [],
    authorName: revision?.author?.publicName ?? revision?.author?.name ?? null,
    savedAt: (revision?.createdAt ?? new Date()).toISOString(),
    theirs: allianceDraftSchema.parse(alliance.draft),
  };
  return new AppError("CONFLICT", "Quelqu'un a enregistré cette alliance pendant que vous la modifiiez.", { details });
}

export async function submitAlliance(actor: Actor, allianceId: string, expectedVersion: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, actor, allianceId);
    const alliance = await tx.alliance.findUniqueOrThrow({ where: { id: allianceId }, select: { draft: true, draftVersion: true, reviewStatus: true, archivedAt: true } });
    if (alliance.archivedAt) throw new AppError("CONFLICT", "Cette alliance est archivée.");
    if (alliance.draftVersion !== expectedVersion) throw await conflict(tx, allianceId, alliance.draftVersion);
    if (alliance.reviewStatus === "PENDING") throw new AppError("CONFLICT", "Cette alliance est déjà en attente de relecture.");
    const draft = allianceDraftSchema.parse(alliance.draft);
    const organisations = await tx.organisation.findMany({ where: { id: { in: draft.partners.map((p) => p.organisationId) } }, select: { id: true, type: true } });
    const issues = submissionIssues(draft, new Map(organisations.map((o) => [o.id, o.type])));
    if (organisations.length !== draft.partners.length) issues.push({ path: "partners", message: "Un partenaire de la liste n'existe plus : retirez-le." });
    if (issues.length) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of issues) (fieldErrors[issue.path] ??= []).push(issue.message);
      throw new AppError("INVALID_INPUT", "L'alliance n'est pas encore complète pour être relue.", { fieldErrors });
    }
    const updated = await tx.alliance.updateMany({
      // Version and state in the WHERE clause: two submits at once, only one goes through.
      where: { id: allianceId, draftVersion: expectedVersion, reviewStatus: { not: "PENDING" } },
      data: { reviewStatus: "PENDING", submittedAt: new Date(), submittedById: actor.id },
    });
    if (updated.count !== 1) {
      const now = await tx.alliance.findUniqueOrThrow({ where: { id: allianceId }, select: { reviewStatus: true, draftVersion: true } });
      if (now.reviewStatus === "PENDING") throw new AppError("CONFLICT", "Cette alliance est déjà en attente de relecture.");
      throw await conflict(tx, allianceId, now.draftVersion);
    }
    await tx.allianceRevision.create({ data: { allianceId, version: expectedVersion, kind: "SUBMIT", authorId: actor.id, snapshot: draft as Prisma.InputJsonValue } });
    await audit(tx, { actorId: actor.id, action: "alliance.submit", targetType: "Alliance", targetId: allianceId, after: { version: expectedVersion } });
  });
}

export const NOT_PENDING_MESSAGE = "Cette alliance n'attend plus de relecture : un administrateur l'a peut-être déjà décidée. Rechargez la page.";

/**
 * The editors take their submission back before an admin decides, to correct it and
 * submit again. The published version, if any, stays online. Checked and written in one
 * statement: a withdrawal crossing an admin's decision loses cleanly (the decision locks
 * the row and requires PENDING; whichever commits first wins, the other is told).
 */
export async function withdrawSubmission(actor: Actor, allianceId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, actor, allianceId);
    const updated = await tx.alliance.updateMany({ where: { id: allianceId, reviewStatus: "PENDING" }, data: { reviewStatus: "NONE", submittedAt: null, submittedById: null } });
    if (updated.count !== 1) throw new AppError("CONFLICT", NOT_PENDING_MESSAGE);
    const { draftVersion } = await tx.alliance.findUniqueOrThrow({ where: { id: allianceId }, select: { draftVersion: true } });
    await tx.allianceRevision.create({ data: { allianceId, version: draftVersion, kind: "WITHDRAW", authorId: actor.id, snapshot: {} } });
    await audit(tx, { actorId: actor.id, action: "alliance.withdraw", targetType: "Alliance", targetId: allianceId, after: { version: draftVersion } });
  });
}
