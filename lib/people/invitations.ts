// Catalyst invitations: an admin e-mails a single-use link; accepting it creates the account
// or makes it a catalyst. Audited in the transaction of each step.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/service";
import { assertAdmin } from "@/lib/people/accounts";
import { invitationSchema } from "@/lib/validation/people";

type Actor = Pick<CurrentUser, "id" | "role">;

export const INVITATION_DAYS = 14;

const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** E-mails a single-use link (valid 14 days) that makes its holder a catalyst. */
export async function inviteCatalyst(actor: Actor, input: unknown): Promise<{ email: string }> {
  assertAdmin(actor);
  const parsed = invitationSchema.safeParse(input);
  if (!parsed.success) throw AppError.fromZod(parsed.error, { key: "errors.people.emailInvalid" });
  const { email } = parsed.data;
  const token = crypto.randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { role: true, suspendedAt: true } });
    if (existing && hasRole(existing.role, "CATALYST")) throw new AppError("CONFLICT", "errors.people.alreadyCatalyst", { fieldErrors: { email: "errors.people.alreadyCatalyst" } });
    if (existing?.suspendedAt) throw new AppError("CONFLICT", "errors.people.suspendedInvite", { fieldErrors: { email: "errors.people.suspendedInvite" } });
    const invitation = await tx.catalystInvitation.create({
      data: { email, tokenHash: hash(token), invitedById: actor.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000) },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: "user.invite", targetType: "CatalystInvitation", targetId: invitation.id, after: { email } });
  });
  await sendMail({
    to: email,
    kind: "catalyst-invitation",
    subject: "Vous êtes invité·e à rejoindre Essaim comme catalyseur",
    text:
      `Bonjour,\n\nL'équipe d'animation du réseau vous invite à rejoindre Essaim, le registre des alliances territoriales, comme catalyseur : ` +
      `vous pourrez y inscrire vos alliances et les faire connaître.\n\nPour accepter (lien valable ${INVITATION_DAYS} jours, utilisable une fois) :\n${siteUrl()}/invitation/${token}\n\n— Essaim`,
    secrets: [token],
  }).catch((error: unknown) => logger.warn({ err: (error as Error).message }, "catalyst invitation mail not sent"));
  return { email };
}

export type InvitationLookup = { state: "valid"; email: string } | { state: "used" | "expired" | "unknown" };

export async function lookupInvitation(token: string): Promise<InvitationLookup> {
  const invitation = await db.catalystInvitation.findUnique({ where: { tokenHash: hash(token) }, select: { email: true, expiresAt: true, acceptedAt: true } });
  if (!invitation) return { state: "unknown" };
  if (invitation.acceptedAt) return { state: "used" };
  if (invitation.expiresAt < new Date()) return { state: "expired" };
  return { state: "valid", email: invitation.email };
}

/**
 * Accepts an invitation: creates the account or makes it a catalyst (an admin stays
 * admin). Single use, even when accepted twice at once. Returns the e-mail to sign in.
 */
export async function acceptInvitation(token: string): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const invitation = await tx.catalystInvitation.findUnique({ where: { tokenHash: hash(token) }, select: { id: true, email: true, expiresAt: true, acceptedAt: true, invitedById: true } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < now) throw new AppError("NOT_FOUND", "errors.people.invitationInvalid");
    const claimed = await tx.catalystInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", "errors.people.invitationUsed");
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, role: true, suspendedAt: true } });
    if (existing?.suspendedAt) throw new AppError("FORBIDDEN", "errors.people.accountSuspended");
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role: existing.role === "ADMIN" ? "ADMIN" : "CATALYST" }, select: { id: true, role: true } })
      : await tx.user.create({ data: { email: invitation.email, role: "CATALYST" }, select: { id: true, role: true } });
    await audit(tx, {
      actorId: user.id,
      action: "user.invitation.accept",
      targetType: "User",
      targetId: user.id,
      before: { role: existing?.role ?? null },
      after: { role: user.role, invitationId: invitation.id, invitedById: invitation.invitedById },
    });
    return { email: invitation.email };
  });
}
