// Who may edit an alliance: its editors (catalysts) and admins. Fails closed.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";

type Tx = Prisma.TransactionClient;

/**
 * The editor rows that count as "the alliance's catalysts": held by an account that is still
 * a catalyst (or admin) and not suspended. A catalyst demoted to member keeps the row (it comes
 * back if they are promoted again) but receives nothing and is not shown.
 */
export const ACTIVE_EDITOR = { user: { suspendedAt: null, role: { in: ["CATALYST", "ADMIN"] } } } satisfies Prisma.AllianceEditorWhereInput;

export const NOT_FOUND_MESSAGE = "Cette alliance n'existe pas, ou vous n'en êtes pas éditeur.";

/** Throws NOT_FOUND (never revealing whether the alliance exists) unless `user` may edit it. */
export async function assertCanEditAlliance(tx: Tx, user: Pick<CurrentUser, "id" | "role">, allianceId: string): Promise<void> {
  if (!hasRole(user.role, "CATALYST")) throw new AppError("FORBIDDEN", "Seuls les catalyseurs peuvent modifier une alliance.");
  if (hasRole(user.role, "ADMIN")) {
    const exists = await tx.alliance.count({ where: { id: allianceId } });
    if (!exists) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return;
  }
  const editor = await tx.allianceEditor.findUnique({ where: { allianceId_userId: { allianceId, userId: user.id } }, select: { userId: true } });
  if (!editor) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
}
