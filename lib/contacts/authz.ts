// Who may read and act on a visit request: its requester and the alliance's current
// catalysts (AllianceEditor rows with the catalyst role); admins have no special access.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";

export type Actor = Pick<CurrentUser, "id" | "role">;
type Tx = Prisma.TransactionClient;

export const THREAD_NOT_FOUND = "Cette demande n'existe pas, ou vous n'y avez pas accès.";

/**
 * The request and how the actor relates to it; NOT_FOUND for anyone not party to it.
 * Writers lock the row first, so a reply and a state change (close, block) made at the same
 * moment run one after the other: the second sees what the first did, nothing is overwritten.
 */
export async function loadParty(tx: Tx, actor: Actor, requestId: string, options: { lock?: boolean } = {}) {
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

export async function assertEditor(tx: Tx, actor: Actor, requestId: string, options: { lock: boolean } = { lock: true }) {
  const party = await loadParty(tx, actor, requestId, options);
  if (!party.isEditor) throw new AppError("FORBIDDEN", "Seuls les catalyseurs de l'alliance peuvent faire cela.");
  return party.request;
}

export async function isBlockedByEditors(tx: Tx, requesterId: string, editorIds: string[]): Promise<boolean> {
  if (editorIds.length === 0) return false;
  return (await tx.contactBlock.count({ where: { blockedId: requesterId, blockerId: { in: editorIds } } })) > 0;
}
