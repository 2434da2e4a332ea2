// Visit requests: a signed-in member writes to an alliance's catalysts, who answer in
// Essaim; nobody's e-mail address is shown unless its owner shares it in a message.
// Editors = AllianceEditor rows (with the catalyst role); admins have no special access.
import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/service";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { replySchema, statusSchema, visitRequestSchema, type ContactStatus } from "@/lib/validation/visits";

type Actor = Pick<CurrentUser, "id" | "role">;
type Tx = Prisma.TransactionClient;

/** Visit requests one member may send per day, all alliances together. */
export const VISIT_REQUESTS_PER_DAY = 3;
/** Messages one person may post per hour in threads (each one sends e-mails). */
export const REPLIES_PER_HOUR = 30;
export const ANONYMOUS_NAME = "Membre du réseau";

export const THREAD_NOT_FOUND = "Cette demande n'existe pas, ou vous n'y avez pas accès.";
export const BLOCKED_MESSAGE = "Les catalyseurs de cette alliance ne reçoivent plus vos messages : vous ne pouvez plus leur écrire.";
export const ALREADY_OPEN_MESSAGE = "Vous avez déjà une demande de visite en cours auprès de cette alliance : poursuivez-la depuis « Mes demandes ».";

function displayName(user: { publicName: string | null }): string {
  return user.publicName?.trim() || ANONYMOUS_NAME;
}

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

function hours(seconds: number): string {
  const h = Math.max(1, Math.ceil(seconds / 3600));
  return h === 1 ? "une heure" : `${h} heures`;
}

/** E-mails after the commit: a mail that cannot leave is logged, the message stands. */
async function mail(recipients: string[], message: { kind: string; subject: string; body: string; link: string }): Promise<void> {
  for (const to of recipients) {
    await sendMail({ to, kind: message.kind, subject: message.subject, text: `Bonjour,\n\n${message.body}\n\n${siteUrl()}${message.link}\n\n— Essaim` }).catch((error: unknown) =>
      logger.warn({ err: (error as Error).message, kind: message.kind }, "visit request mail not sent"),
    );
  }
}

async function editorEmails(allianceId: string, except?: string): Promise<string[]> {
  const editors = await db.allianceEditor.findMany({
    where: { allianceId, userId: except ? { not: except } : undefined, ...ACTIVE_EDITOR },
    select: { user: { select: { email: true } } },
  });
  return editors.map((editor) => editor.user.email);
}

/**
 * The request and how the actor relates to it; NOT_FOUND for anyone not party to it.
 * Writers lock the row first, so a reply and a state change (close, block) made at the same
 * moment run one after the other: the second sees what the first did, nothing is overwritten.
 */
async function loadParty(tx: Tx, actor: Actor, requestId: string, options: { lock?: boolean } = {}) {
  if (options.lock) await tx.$queryRaw`SELECT 1 FROM "ContactRequest" WHERE id = ${requestId} FOR UPDATE`;
  const request = await tx.contactRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      status: true,
      allianceId: true,
      requesterId: true,
      // Only the alliance's current catalysts: a demoted editor's old blocks no longer count.
      alliance: { select: { name: true, editors: { where: ACTIVE_EDITOR, select: { userId: true } } } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", THREAD_NOT_FOUND);
  const isEditor = hasRole(actor.role, "CATALYST") && request.alliance.editors.some((editor) => editor.userId === actor.id);
  const isRequester = request.requesterId === actor.id;
  if (!isEditor && !isRequester) throw new AppError("NOT_FOUND", THREAD_NOT_FOUND);
  return { request, isEditor, isRequester };
}

async function assertEditor(tx: Tx, actor: Actor, requestId: string, options: { lock: boolean } = { lock: true }) {
  const party = await loadParty(tx, actor, requestId, options);
  if (!party.isEditor) throw new AppError("FORBIDDEN", "Seuls les catalyseurs de l'alliance peuvent faire cela.");
  return party.request;
}

async function isBlockedByEditors(tx: Tx, requesterId: string, editorIds: string[]): Promise<boolean> {
  if (editorIds.length === 0) return false;
  return (await tx.contactBlock.count({ where: { blockedId: requesterId, blockerId: { in: editorIds } } })) > 0;
}

// ───────────────────────────── Writes ─────────────────────────────

export async function sendVisitRequest(actor: Actor, allianceId: string, input: unknown): Promise<{ id: string }> {
  const parsed = visitRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "La demande est à compléter.", { fieldErrors: fieldErrors(parsed.error) });
  const alliance = await db.alliance.findUnique({
    where: { id: allianceId },
    select: { name: true, publicationStatus: true, welcomesVisits: true, editors: { where: ACTIVE_EDITOR, select: { userId: true } } },
  });
  if (!alliance || alliance.publicationStatus !== "PUBLISHED") throw new AppError("NOT_FOUND", "Cette alliance n'est pas publiée.");
  if (!alliance.welcomesVisits) throw new AppError("CONFLICT", "Cette alliance n'accueille pas de visites pour le moment : elle ne reçoit pas de demandes.");
  const editorIds = alliance.editors.map((editor) => editor.userId);
  if (editorIds.includes(actor.id)) throw new AppError("FORBIDDEN", "Vous êtes catalyseur de cette alliance : vous ne pouvez pas lui demander une visite.");
  if (editorIds.length === 0) throw new AppError("CONFLICT", "Cette alliance n'a pour l'instant aucun catalyseur pour recevoir votre demande.");
  if (await isBlockedByEditors(db, actor.id, editorIds)) throw new AppError("FORBIDDEN", BLOCKED_MESSAGE);
  const open = await db.contactRequest.findFirst({ where: { allianceId, requesterId: actor.id, status: { not: "CLOSED" } }, select: { id: true } });
  if (open) throw new AppError("CONFLICT", ALREADY_OPEN_MESSAGE, { details: { requestId: open.id } });
  const limit = await consumeRateLimit(`visit-request:user:${actor.id}`, VISIT_REQUESTS_PER_DAY, 24 * 60 * 60);
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `Vous avez atteint la limite de ${VISIT_REQUESTS_PER_DAY} demandes de visite par jour. Vous pourrez en envoyer une nouvelle dans ${hours(limit.retryAfterSeconds)}.`);
  }

  const { whoAmI, territory, wishes, availability } = parsed.data;
  let id: string;
  try {
    id = await db.$transaction(async (tx) => {
      const request = await tx.contactRequest.create({
        data: { allianceId, requesterId: actor.id, whoAmI, territory, wishes, availability, messages: { create: { authorId: actor.id, body: wishes } } },
        select: { id: true },
      });
      await audit(tx, { actorId: actor.id, action: "contact.request", targetType: "ContactRequest", targetId: request.id, after: { allianceId } });
      return request.id;
    });
  } catch (error) {
    // Two submissions at once: the partial unique index keeps one open request.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", ALREADY_OPEN_MESSAGE);
    throw error;
  }

  const requester = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { publicName: true } });
  await mail(await editorEmails(allianceId), {
    kind: "visit-request",
    subject: `Demande de visite pour « ${alliance.name} »`,
    body:
      `${displayName(requester)} souhaite visiter l'alliance « ${alliance.name} ».\n\n` +
      `Qui je suis :\n${whoAmI}\n\nMon territoire : ${territory}\n\nCe que je souhaite voir ou apprendre :\n${wishes}\n\nMes disponibilités : ${availability}\n\n` +
      `Répondez depuis Essaim (l'adresse e-mail de cette personne ne vous est pas communiquée, et la vôtre ne lui est pas montrée sauf si vous la partagez) :`,
    link: `/espace/demandes/${id}`,
  });
  return { id };
}

export async function replyToRequest(actor: Actor, requestId: string, input: unknown): Promise<void> {
  const parsed = replySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Le message est à corriger.", { fieldErrors: fieldErrors(parsed.error) });
  const { body, sharesEmail } = parsed.data;
  // Counted before the transaction: it would hold the thread's lock while waiting for a
  // second connection (and the count stands even when the reply is refused).
  const limit = await consumeRateLimit(`visit-reply:user:${actor.id}`, REPLIES_PER_HOUR, 60 * 60);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", `Vous avez envoyé ${REPLIES_PER_HOUR} messages en une heure : attendez un peu avant d'écrire de nouveau.`);

  const result = await db.$transaction(async (tx) => {
    const { request, isEditor } = await loadParty(tx, actor, requestId, { lock: true });
    if (request.status === "CLOSED") {
      throw new AppError(
        "CONFLICT",
        isEditor
          ? "Cette demande est close : changez son état pour la rouvrir avant de répondre."
          : "Cette demande est close. Pour écrire de nouveau à cette alliance, envoyez une nouvelle demande depuis sa page.",
      );
    }
    if (!isEditor && (await isBlockedByEditors(tx, actor.id, request.alliance.editors.map((editor) => editor.userId)))) throw new AppError("FORBIDDEN", BLOCKED_MESSAGE);
    await tx.contactMessage.create({ data: { requestId, authorId: actor.id, body, sharesEmail } });
    // The thread's last activity orders the inboxes; an editor's first reply answers it.
    const status: ContactStatus = isEditor && request.status === "NEW" ? "ANSWERED" : request.status;
    await tx.contactRequest.update({ where: { id: requestId }, data: { status, updatedAt: new Date() } });
    await audit(tx, { actorId: actor.id, action: "contact.reply", targetType: "ContactRequest", targetId: requestId, after: { sharesEmail, status } });
    return { isEditor, allianceId: request.allianceId, allianceName: request.alliance.name, requesterId: request.requesterId };
  });

  const author = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { publicName: true, email: true } });
  const shared = sharesEmail ? `\n\n${displayName(author)} vous communique son adresse e-mail : ${author.email}` : "";
  if (result.isEditor) {
    const requester = await db.user.findUniqueOrThrow({ where: { id: result.requesterId }, select: { email: true, suspendedAt: true } });
    if (requester.suspendedAt) return;
    await mail([requester.email], {
      kind: "visit-reply",
      subject: `Réponse à votre demande de visite — « ${result.allianceName} »`,
      body: `${displayName(author)}, catalyseur de l'alliance « ${result.allianceName} », vous a répondu :\n\n${body}${shared}\n\nLisez la conversation et répondez depuis Essaim :`,
      link: `/mes-demandes/${requestId}`,
    });
  } else {
    await mail(await editorEmails(result.allianceId, actor.id), {
      kind: "visit-reply",
      subject: `Nouveau message sur une demande de visite — « ${result.allianceName} »`,
      body: `${displayName(author)} a écrit au sujet de sa demande de visite :\n\n${body}${shared}\n\nRépondez depuis Essaim :`,
      link: `/espace/demandes/${requestId}`,
    });
  }
}

export async function setRequestStatus(actor: Actor, requestId: string, rawStatus: unknown): Promise<void> {
  const parsed = statusSchema.safeParse(rawStatus);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Choisissez un état.", { fieldErrors: { status: [parsed.error.issues[0]?.message ?? "Choisissez un état."] } });
  const status = parsed.data;
  let changed: { allianceName: string; requesterId: string } | null = null;
  try {
    changed = await db.$transaction(async (tx) => {
      const request = await assertEditor(tx, actor, requestId);
      if (request.status === status) return null;
      await tx.contactRequest.update({ where: { id: requestId }, data: { status, closedAt: status === "CLOSED" ? new Date() : null } });
      await audit(tx, { actorId: actor.id, action: "contact.status", targetType: "ContactRequest", targetId: requestId, before: { status: request.status }, after: { status } });
      return { allianceName: request.alliance.name, requesterId: request.requesterId };
    });
  } catch (error) {
    // Reopening while the same member has opened a new request since.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Ce membre a depuis envoyé une autre demande à cette alliance, toujours ouverte : poursuivez plutôt celle-là.");
    throw error;
  }
  // A planned visit is the one state change the newcomer needs to hear about at once.
  if (changed && status === "VISIT_PLANNED") {
    const requester = await db.user.findUniqueOrThrow({ where: { id: changed.requesterId }, select: { email: true, suspendedAt: true } });
    if (requester.suspendedAt) return;
    await mail([requester.email], {
      kind: "visit-planned",
      subject: `Visite prévue — « ${changed.allianceName} »`,
      body: `Les catalyseurs de l'alliance « ${changed.allianceName} » ont noté votre visite comme prévue. Retrouvez la conversation, et les détails convenus, depuis Essaim :`,
      link: `/mes-demandes/${requestId}`,
    });
  }
}

/**
 * The actor (an editor of the request's alliance) blocks its sender: no more requests or
 * messages to any alliance the actor edits, and the sender's open requests to those
 * alliances are closed. The sender is not told who blocked them.
 */
export async function blockSender(actor: Actor, requestId: string): Promise<{ closed: number }> {
  return db.$transaction(async (tx) => {
    const request = await assertEditor(tx, actor, requestId, { lock: false });
    if (request.requesterId === actor.id) throw new AppError("INVALID_INPUT", "Vous ne pouvez pas vous bloquer vous-même.");
    // Every request this block closes, locked in one statement and in id order: two
    // catalysts blocking the same sender from two threads queue instead of deadlocking.
    await tx.$queryRaw`
      SELECT r.id FROM "ContactRequest" r
      WHERE r."requesterId" = ${request.requesterId} AND r.status <> 'CLOSED'
        AND r."allianceId" IN (SELECT e."allianceId" FROM "AllianceEditor" e WHERE e."userId" = ${actor.id})
      ORDER BY r.id FOR UPDATE OF r`;
    await tx.contactBlock.upsert({
      where: { blockerId_blockedId: { blockerId: actor.id, blockedId: request.requesterId } },
      create: { blockerId: actor.id, blockedId: request.requesterId },
      update: {},
    });
    const closed = await tx.contactRequest.updateMany({
      where: { requesterId: request.requesterId, status: { not: "CLOSED" }, alliance: { editors: { some: { userId: actor.id } } } },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    await audit(tx, { actorId: actor.id, action: "contact.block", targetType: "User", targetId: request.requesterId, after: { requestId, closedRequests: closed.count } });
    return { closed: closed.count };
  });
}

export async function unblockSender(actor: Actor, requestId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await assertEditor(tx, actor, requestId);
    await unblock(tx, actor, request.requesterId, { requestId });
  });
}

/** From the list of people the catalyst blocked: only their own blocks can be lifted. */
export async function unblockUser(actor: Actor, blockedId: string): Promise<void> {
  if (!hasRole(actor.role, "CATALYST")) throw new AppError("FORBIDDEN", "Seuls les catalyseurs bloquent ou débloquent des expéditeurs.");
  await db.$transaction(async (tx) => {
    if (!(await unblock(tx, actor, blockedId, {}))) throw new AppError("NOT_FOUND", "Cette personne n'est pas (ou plus) bloquée.");
  });
}

async function unblock(tx: Tx, actor: Actor, blockedId: string, context: { requestId?: string }): Promise<boolean> {
  const removed = await tx.contactBlock.deleteMany({ where: { blockerId: actor.id, blockedId } });
  if (removed.count > 0) await audit(tx, { actorId: actor.id, action: "contact.unblock", targetType: "User", targetId: blockedId, after: context });
  return removed.count > 0;
}

export type BlockedSender = { userId: string; name: string; blockedAt: Date; lastRequestId: string | null };

/** The people this catalyst blocked, latest first, with the last request they sent them. */
export async function listBlockedSenders(actor: Actor): Promise<BlockedSender[]> {
  if (!hasRole(actor.role, "CATALYST")) throw new AppError("FORBIDDEN", "Réservé aux catalyseurs.");
  const blocks = await db.contactBlock.findMany({
    where: { blockerId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      blockedId: true,
      createdAt: true,
      blocked: {
        select: {
          publicName: true,
          contactRequests: { where: { alliance: { editors: { some: { userId: actor.id } } } }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
        },
      },
    },
  });
  return blocks.map((block) => ({
    userId: block.blockedId,
    name: displayName(block.blocked),
    blockedAt: block.createdAt,
    lastRequestId: block.blocked.contactRequests[0]?.id ?? null,
  }));
}

// ───────────────────────────── Reads ─────────────────────────────

export type RequestSummary = {
  id: string;
  status: ContactStatus;
  alliance: { id: string; name: string; slug: string };
  requesterName: string;
  territory: string;
  createdAt: Date;
  lastActivityAt: Date;
  messageCount: number;
  /** Inbox: the sender wrote last (the catalysts owe an answer). Own requests: the catalysts wrote last. */
  awaitsViewer: boolean;
};

const summarySelect = {
  id: true,
  status: true,
  requesterId: true,
  territory: true,
  createdAt: true,
  updatedAt: true,
  requester: { select: { publicName: true } },
  alliance: { select: { id: true, name: true, slug: true } },
  messages: { orderBy: { createdAt: "desc" }, take: 1, select: { authorId: true } },
  _count: { select: { messages: true } },
} satisfies Prisma.ContactRequestSelect;

function summary(row: Prisma.ContactRequestGetPayload<{ select: typeof summarySelect }>, side: "alliance" | "requester"): RequestSummary {
  const lastFromRequester = row.messages[0]?.authorId === row.requesterId;
  return {
    id: row.id,
    status: row.status,
    alliance: row.alliance,
    requesterName: displayName(row.requester),
    territory: row.territory,
    createdAt: row.createdAt,
    lastActivityAt: row.updatedAt,
    messageCount: row._count.messages,
    awaitsViewer: row.status !== "CLOSED" && (side === "alliance" ? lastFromRequester : !lastFromRequester),
  };
}

/** Requests to the alliances the actor edits, latest activity first. */
export async function listInbox(actor: Actor): Promise<RequestSummary[]> {
  if (!hasRole(actor.role, "CATALYST")) return [];
  const rows = await db.contactRequest.findMany({
    where: { alliance: { editors: { some: { userId: actor.id } } } },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: summarySelect,
  });
  return rows.map((row) => summary(row, "alliance"));
}

/** How many requests to the actor's alliances nobody has answered yet. */
export async function countNewRequests(actor: Actor): Promise<number> {
  if (!hasRole(actor.role, "CATALYST")) return 0;
  return db.contactRequest.count({ where: { status: "NEW", alliance: { editors: { some: { userId: actor.id } } } } });
}

export async function listMyRequests(actor: Actor): Promise<RequestSummary[]> {
  const rows = await db.contactRequest.findMany({ where: { requesterId: actor.id }, orderBy: { updatedAt: "desc" }, take: 200, select: summarySelect });
  return rows.map((row) => summary(row, "requester"));
}

/** The actor's open request to this alliance, if any (the alliance page links to it). */
export async function findOpenRequest(actor: Actor, allianceId: string): Promise<{ id: string } | null> {
  return db.contactRequest.findFirst({ where: { allianceId, requesterId: actor.id, status: { not: "CLOSED" } }, select: { id: true } });
}

export type ThreadMessage = {
  id: string;
  authorName: string;
  /** Written by one of the alliance's catalysts (anyone but the requester). */
  fromAlliance: boolean;
  mine: boolean;
  body: string;
  /** Only when the author chose to share it in this very message. */
  email: string | null;
  createdAt: Date;
};

export type Thread = {
  id: string;
  status: ContactStatus;
  createdAt: Date;
  closedAt: Date | null;
  alliance: { id: string; name: string; slug: string };
  requesterName: string;
  whoAmI: string;
  territory: string;
  availability: string;
  viewer: { isEditor: boolean; isRequester: boolean; hasBlockedRequester: boolean };
  messages: ThreadMessage[];
};

export async function getThread(actor: Actor, requestId: string): Promise<Thread> {
  return db.$transaction(async (tx) => {
    const { isEditor, isRequester } = await loadParty(tx, actor, requestId);
    const row = await tx.contactRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: {
        id: true,
        status: true,
        createdAt: true,
        closedAt: true,
        requesterId: true,
        whoAmI: true,
        territory: true,
        availability: true,
        requester: { select: { publicName: true } },
        alliance: { select: { id: true, name: true, slug: true } },
        messages: {
          orderBy: { createdAt: "asc" },
          select: { id: true, authorId: true, body: true, sharesEmail: true, createdAt: true, author: { select: { publicName: true, email: true } } },
        },
      },
    });
    const hasBlockedRequester = isEditor && (await tx.contactBlock.count({ where: { blockerId: actor.id, blockedId: row.requesterId } })) > 0;
    return {
      id: row.id,
      status: row.status,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      alliance: row.alliance,
      requesterName: displayName(row.requester),
      whoAmI: row.whoAmI,
      territory: row.territory,
      availability: row.availability,
      viewer: { isEditor, isRequester, hasBlockedRequester },
      messages: row.messages.map((message) => ({
        id: message.id,
        authorName: displayName(message.author),
        fromAlliance: message.authorId !== row.requesterId,
        mine: message.authorId === actor.id,
        body: message.body,
        email: message.sharesEmail ? message.author.email : null,
        createdAt: message.createdAt,
      })),
    };
  });
}
