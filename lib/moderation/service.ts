// Moderation of submissions: the queue, the review of one submission, and the decision.
// An admin decides on a precise submission (the SUBMIT revision they read), never on
// "whatever the draft is now": editors may keep working while it waits, and a decision
// taken by another admin meanwhile is reported, not overwritten.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { changedFields } from "@/lib/alliances/service";
import { invalidatePublishedResults } from "@/lib/cache/invalidate";
import { allianceDraftSchema, type AllianceDraft } from "@/lib/validation/alliance";
import { applySnapshot } from "@/lib/moderation/publish";
import { notifyEditors } from "@/lib/moderation/notify";
import { slugify } from "@/lib/alliances/slug";
import { z } from "zod";
import { plainText } from "@/lib/validation/alliance";

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

function assertAdmin(actor: Actor): void {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
}

const displayName = (user: { publicName: string | null; name: string | null; email: string } | null) => (user ? (user.publicName ?? user.name ?? user.email) : null);

export type QueueItem = {
  allianceId: string;
  name: string;
  kind: "NEW" | "CHANGE";
  submittedAt: Date;
  authorName: string | null;
  changedFieldCount: number;
};

/** What waits, oldest first. */
export async function listQueue(actor: Actor): Promise<QueueItem[]> {
  assertAdmin(actor);
  const rows = await db.alliance.findMany({
    where: { reviewStatus: "PENDING", archivedAt: null },
    orderBy: { submittedAt: "asc" },
    take: 500,
    select: { id: true, firstPublishedAt: true, submittedAt: true, submittedById: true, draft: true },
  });
  const authorIds = [...new Set(rows.map((r) => r.submittedById).filter((id): id is string => !!id))];
  const [authors, submissions] = await Promise.all([
    db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, publicName: true, name: true, email: true } }),
    latestSubmissions(db, rows.map((r) => r.id)),
  ]);
  const byId = new Map(authors.map((a) => [a.id, a]));
  return rows.map((row) => {
    const submission = submissions.get(row.id);
    return {
      allianceId: row.id,
      name: (submission?.snapshot.name ?? (row.draft as { name?: string }).name) || "(sans nom)",
      kind: row.firstPublishedAt ? "CHANGE" : "NEW",
      submittedAt: row.submittedAt ?? new Date(0),
      authorName: displayName(byId.get(row.submittedById ?? "") ?? null),
      changedFieldCount: submission?.changedFields.length ?? 0,
    };
  });
}

type Submission = { id: string; version: number; snapshot: AllianceDraft; createdAt: Date; changedFields: string[] };

/** The last SUBMIT revision of each alliance, and what it changes compared with the published version. */
async function latestSubmissions(client: Tx | typeof db, allianceIds: string[]): Promise<Map<string, Submission>> {
  if (!allianceIds.length) return new Map();
  const revisions = await client.allianceRevision.findMany({
    where: { allianceId: { in: allianceIds }, kind: { in: ["SUBMIT", "APPROVE"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, allianceId: true, version: true, kind: true, snapshot: true, createdAt: true },
  });
  const submitted = new Map<string, Submission>();
  const approved = new Map<string, AllianceDraft>();
  for (const revision of revisions) {
    if (revision.kind === "SUBMIT" && !submitted.has(revision.allianceId)) {
      submitted.set(revision.allianceId, { id: revision.id, version: revision.version, snapshot: allianceDraftSchema.parse(revision.snapshot), createdAt: revision.createdAt, changedFields: [] });
    }
    if (revision.kind === "APPROVE" && !approved.has(revision.allianceId)) approved.set(revision.allianceId, allianceDraftSchema.parse(revision.snapshot));
  }
  for (const [allianceId, submission] of submitted) {
    const published = approved.get(allianceId);
    submission.changedFields = published ? changedFields(published, submission.snapshot) : Object.keys(submission.snapshot);
  }
  return submitted;
}

export type Review = {
  allianceId: string;
  slug: string;
  kind: "NEW" | "CHANGE";
  status: { publication: string; review: string };
  submission: (Submission & { authorName: string | null }) | null;
  published: AllianceDraft | null;
  history: { kind: string; at: Date; adminName: string | null; reason: string | null }[];
  lookups: { organisations: Record<string, { name: string; type: string }> };
};

/** Everything the review screen shows; NOT_FOUND when the alliance does not exist. */
export async function getReview(actor: Actor, allianceId: string): Promise<Review> {
  assertAdmin(actor);
  const alliance = await db.alliance.findUnique({
    where: { id: allianceId },
    select: { id: true, slug: true, firstPublishedAt: true, publicationStatus: true, reviewStatus: true, submittedById: true },
  });
  if (!alliance) throw new AppError("NOT_FOUND", "Cette alliance n'existe pas.");
  const [submissions, approvedRevision, decisions, author] = await Promise.all([
    latestSubmissions(db, [allianceId]),
    db.allianceRevision.findFirst({ where: { allianceId, kind: "APPROVE" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { snapshot: true } }),
    db.allianceRevision.findMany({
      where: { allianceId, kind: { in: ["APPROVE", "REJECT", "HIDE", "RESTORE", "WITHDRAW"] } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { kind: true, createdAt: true, author: { select: { publicName: true, name: true, email: true } }, decision: { select: { reason: true } }, snapshot: true },
    }),
    alliance.submittedById ? db.user.findUnique({ where: { id: alliance.submittedById }, select: { publicName: true, name: true, email: true } }) : null,
  ]);
  const submission = submissions.get(allianceId) ?? null;
  const published = approvedRevision ? allianceDraftSchema.parse(approvedRevision.snapshot) : null;
  const organisationIds = [...new Set([...(submission?.snapshot.partners ?? []), ...(published?.partners ?? [])].map((p) => p.organisationId))];
  const organisations = await db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true, type: true } });
  return {
    allianceId,
    slug: alliance.slug,
    kind: alliance.firstPublishedAt ? "CHANGE" : "NEW",
    status: { publication: alliance.publicationStatus, review: alliance.reviewStatus },
    submission: submission ? { ...submission, authorName: displayName(author) } : null,
    published,
    history: decisions.map((d) => ({
      kind: d.kind,
      at: d.createdAt,
      adminName: displayName(d.author),
      reason: d.decision?.reason ?? ((d.snapshot as { reason?: string } | null)?.reason ?? null),
    })),
    lookups: { organisations: Object.fromEntries(organisations.map((o) => [o.id, { name: o.name, type: o.type }])) },
  };
}

/** Locks the alliance row and checks that `revisionId` is still the submission waiting for a decision. */
async function lockPendingSubmission(tx: Tx, allianceId: string, revisionId: string): Promise<{ submission: Submission; slug: string; firstPublishedAt: Date | null; publicationStatus: string }> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Alliance" WHERE id = ${allianceId} FOR UPDATE`;
  if (!locked.length) throw new AppError("NOT_FOUND", "Cette alliance n'existe pas.");
  const alliance = await tx.alliance.findUniqueOrThrow({ where: { id: allianceId }, select: { reviewStatus: true, slug: true, firstPublishedAt: true, publicationStatus: true, archivedAt: true } });
  const submission = (await latestSubmissions(tx, [allianceId])).get(allianceId);
  if (alliance.reviewStatus !== "PENDING" || !submission || submission.id !== revisionId) {
    const last = await tx.allianceRevision.findFirst({
      where: { allianceId, kind: { in: ["APPROVE", "REJECT", "WITHDRAW"] } },
      orderBy: { createdAt: "desc" },
      select: { kind: true, createdAt: true, author: { select: { publicName: true, name: true, email: true } } },
    });
    const newer = alliance.reviewStatus === "PENDING" && submission && submission.id !== revisionId;
    if (newer) throw new AppError("CONFLICT", "Les éditeurs ont soumis une nouvelle version depuis que vous avez ouvert cette relecture : rechargez la page pour relire la dernière.");
    if (last?.kind === "WITHDRAW") throw new AppError("CONFLICT", "Les éditeurs ont retiré cette soumission pour la corriger. Rien n'a été modifié.", { details: { decided: "WITHDRAW" } });
    const who = displayName(last?.author ?? null) ?? "un autre administrateur";
    const what = last?.kind === "REJECT" ? "refusée" : "approuvée";
    const when = last ? new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }).format(last.createdAt) : "";
    throw new AppError("CONFLICT", `Cette soumission a déjà été ${what} par ${who}${when ? ` le ${when}` : ""}. Rien n'a été modifié.`, { details: { decided: last?.kind ?? null } });
  }
  if (alliance.archivedAt) throw new AppError("CONFLICT", "Cette alliance est archivée.");
  return { submission, slug: alliance.slug, firstPublishedAt: alliance.firstPublishedAt, publicationStatus: alliance.publicationStatus };
}

/** A new slug when the name changed; the former one keeps redirecting. */
async function slugAfterRename(tx: Tx, allianceId: string, currentSlug: string, name: string): Promise<string> {
  const base = slugify(name);
  const numbered = currentSlug.startsWith(`${base}-`) && /^\d+$/.test(currentSlug.slice(base.length + 1));
  if (currentSlug === base || numbered) return currentSlug;
  for (let attempt = 1; attempt < 1000; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    const current = await tx.alliance.findUnique({ where: { slug: candidate }, select: { id: true } });
    const former = await tx.allianceSlug.findUnique({ where: { slug: candidate }, select: { allianceId: true } });
    if ((!current || current.id === allianceId) && (!former || former.allianceId === allianceId)) {
      if (former) await tx.allianceSlug.delete({ where: { slug: candidate } });
      await tx.allianceSlug.upsert({ where: { slug: currentSlug }, create: { slug: currentSlug, allianceId }, update: { allianceId } });
      return candidate;
    }
  }
  return currentSlug;
}

export async function approveSubmission(actor: Actor, allianceId: string, revisionId: string): Promise<{ slug: string }> {
  assertAdmin(actor);
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const { submission, slug: currentSlug, firstPublishedAt, publicationStatus } = await lockPendingSubmission(tx, allianceId, revisionId);
    const { name } = await applySnapshot(tx, allianceId, submission.snapshot, now);
    const slug = await slugAfterRename(tx, allianceId, currentSlug, name);
    await tx.alliance.update({
      where: { id: allianceId },
      data: {
        slug,
        publicationStatus: "PUBLISHED",
        reviewStatus: "NONE",
        lastRejectionReason: null,
        hiddenReason: null,
        publishedAt: now,
        firstPublishedAt: firstPublishedAt ?? now,
      },
    });
    const revision = await tx.allianceRevision.create({
      data: { allianceId, version: submission.version, kind: "APPROVE", authorId: actor.id, changedFields: submission.changedFields, snapshot: submission.snapshot as Prisma.InputJsonValue },
    });
    await tx.moderationDecision.create({ data: { revisionId: revision.id, adminId: actor.id, outcome: "APPROVED" } });
    await audit(tx, {
      actorId: actor.id,
      action: "moderation.approve",
      targetType: "Alliance",
      targetId: allianceId,
      before: { publicationStatus, slug: currentSlug },
      after: { publicationStatus: "PUBLISHED", slug, version: submission.version, changedFields: submission.changedFields },
    });
    return { slug, name, isNew: !firstPublishedAt };
  });
  await invalidatePublishedResults();
  await notifyEditors(allianceId, {
    kind: "moderation-approved",
    subject: result.isNew ? `Votre alliance « ${result.name} » est publiée` : `Vos modifications de « ${result.name} » sont publiées`,
    body: result.isNew
      ? `Bonne nouvelle : l'alliance « ${result.name} » a été approuvée et figure désormais dans le registre public d'Essaim.`
      : `Les modifications que vous avez soumises pour « ${result.name} » ont été approuvées : la page publique est à jour.`,
    link: `/alliances/${result.slug}`,
  });
  return { slug: result.slug };
}

export const rejectionSchema = z.object({
  reason: plainText(2000).pipe(z.string().min(10, { message: "Expliquez le refus en quelques mots (10 caractères au moins) : l'auteur le lira." })),
});

export async function rejectSubmission(actor: Actor, allianceId: string, revisionId: string, input: unknown): Promise<void> {
  assertAdmin(actor);
  const parsed = rejectionSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "Le motif du refus est à corriger.", { fieldErrors: { reason: parsed.error.issues.map((issue) => issue.message) } });
  }
  const { reason } = parsed.data;
  const result = await db.$transaction(async (tx) => {
    const { submission, publicationStatus } = await lockPendingSubmission(tx, allianceId, revisionId);
    await tx.alliance.update({ where: { id: allianceId }, data: { reviewStatus: "REJECTED", lastRejectionReason: reason } });
    const revision = await tx.allianceRevision.create({
      data: { allianceId, version: submission.version, kind: "REJECT", authorId: actor.id, changedFields: submission.changedFields, snapshot: submission.snapshot as Prisma.InputJsonValue },
    });
    await tx.moderationDecision.create({ data: { revisionId: revision.id, adminId: actor.id, outcome: "REJECTED", reason } });
    await audit(tx, {
      actorId: actor.id,
      action: "moderation.reject",
      targetType: "Alliance",
      targetId: allianceId,
      before: { reviewStatus: "PENDING" },
      after: { reviewStatus: "REJECTED", reason, version: submission.version },
    });
    return { name: submission.snapshot.name, published: publicationStatus === "PUBLISHED" };
  });
  await notifyEditors(allianceId, {
    kind: "moderation-rejected",
    subject: `« ${result.name} » : votre soumission est à reprendre`,
    body:
      `${result.published ? "Les modifications soumises" : "L'alliance soumise"} n'ont pas été acceptées en l'état${result.published ? " ; la version publiée reste en ligne" : ""}.\n\n` +
      `Motif de l'administrateur :\n${reason}\n\nVous pouvez corriger puis soumettre à nouveau depuis votre espace.`,
    link: `/espace/alliances/${allianceId}/modifier?etape=soumettre`,
  });
}
