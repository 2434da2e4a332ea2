// Blocking: a catalyst stops a sender from writing to the alliances they edit, and can
// lift their own blocks again. Each change is audited in its transaction.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import { displayName } from "@/lib/people/names";
import { assertEditor, type Actor } from "@/lib/contacts/authz";

type Tx = Prisma.TransactionClient;

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
