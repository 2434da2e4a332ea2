// Visit requests: a signed-in member writes to an alliance's catalysts, who answer in
// Essaim; nobody's e-mail address is shown unless its owner shares it in a message.
// Reads are in queries.ts, blocking in blocking.ts, who may do what in authz.ts.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { displayName } from "@/lib/people/names";
import { assertEditor, isBlockedByEditors, loadParty, type Actor } from "@/lib/contacts/authz";
import { editorEmails, mail } from "@/lib/contacts/notify";
import { replySchema, statusSchema, visitRequestSchema, type ContactStatus } from "@/lib/validation/visits";

/** Visit requests one member may send per day, all alliances together. */
export const VISIT_REQUESTS_PER_DAY = 3;
/** Messages one person may post per hour in threads (each one sends e-mails). */
export const REPLIES_PER_HOUR = 30;

export const BLOCKED_MESSAGE = "Les catalyseurs de cette alliance ne reçoivent plus vos messages : vous ne pouvez plus leur écrire.";
export const ALREADY_OPEN_MESSAGE = "Vous avez déjà une demande de visite en cours auprès de cette alliance : poursuivez-la depuis « Mes demandes ».";

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

function hours(seconds: number): string {
  const h = Math.max(1, Math.ceil(seconds / 3600));
  return h === 1 ? "une heure" : `${h} heures`;
}

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
