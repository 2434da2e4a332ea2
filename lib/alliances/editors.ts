// Co-editors: an editor adds another catalyst of the network, who is told by e-mail.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { sendMail } from "@/lib/mail/service";
import { siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanEditAlliance } from "@/lib/alliances/authz";

export const ALREADY_EDITOR_MESSAGE = "Cette personne édite déjà l'alliance.";

const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: "Saisissez une adresse e-mail valide." }).max(254));

export async function addCoEditor(actor: Pick<CurrentUser, "id" | "role" | "publicName" | "email">, allianceId: string, rawEmail: unknown): Promise<{ name: string }> {
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors: { email: [parsed.error.issues[0]?.message ?? "Adresse invalide."] } });
  const email = parsed.data;
  const result = await db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, actor, allianceId);
    const invitee = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, suspendedAt: true, publicName: true, name: true } });
    if (!invitee || invitee.suspendedAt || (invitee.role !== "CATALYST" && invitee.role !== "ADMIN")) {
      throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", {
        fieldErrors: { email: ["Cette adresse n'est pas celle d'un catalyseur du réseau. Demandez à un administrateur de l'inviter d'abord."] },
      });
    }
    // ON CONFLICT DO NOTHING: the same person added twice at once (two editors, a double
    // submission) is told they already edit it, never given an internal error.
    const { count } = await tx.allianceEditor.createMany({ data: [{ allianceId, userId: invitee.id }], skipDuplicates: true });
    if (count === 0) throw new AppError("CONFLICT", ALREADY_EDITOR_MESSAGE);
    await audit(tx, { actorId: actor.id, action: "alliance.editor.add", targetType: "Alliance", targetId: allianceId, after: { userId: invitee.id } });
    const alliance = await tx.alliance.findUniqueOrThrow({ where: { id: allianceId }, select: { draft: true } });
    return { inviteeName: invitee.publicName ?? invitee.name ?? email, allianceName: (alliance.draft as { name?: string }).name ?? "" };
  });
  const base = siteUrl();
  // The editor is added even if the e-mail cannot leave now (it stays recorded as failed).
  await sendMail({
    to: email,
    kind: "co-editor",
    subject: `Vous êtes co-éditeur de « ${result.allianceName} » sur Essaim`,
    text:
      `Bonjour,\n\n${actor.publicName ?? actor.email} vous a ajouté·e comme co-éditeur·rice de l'alliance « ${result.allianceName} ».\n\n` +
      `Vous la trouverez dans votre espace : ${base}/espace/alliances/${allianceId}/modifier\n\n— Essaim`,
  }).catch((error: unknown) => logger.warn({ err: (error as Error).message }, "co-editor mail not sent"));
  return { name: result.inviteeName };
}
