// Accounts, for admins: search, role changes, suspension and reinstatement. Each change is
// audited in its own transaction; the network never loses its last active admin.
import "server-only";
import { invalidatePublishedResults } from "@/lib/cache/invalidate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { isRole, type Role } from "@/lib/auth/roles";
import { assertRole } from "@/lib/auth/authz";
import type { CurrentUser } from "@/lib/auth/session";
import { suspensionSchema, type UserSearch } from "@/lib/validation/people";

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

export const USERS_PAGE_SIZE = 25;

export const assertAdmin = (actor: Actor) => assertRole(actor, "ADMIN");

export type UserRow = { id: string; email: string; name: string | null; role: Role; suspendedAt: Date | null; suspendedReason: string | null; createdAt: Date };

/** Users whose e-mail or names contain `text`, ignoring case and accents ("helene" finds "Hélène"). */
async function idsMatching(text: string): Promise<string[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User"
    WHERE unaccent(lower(concat_ws(' ', email, "publicName", name))) LIKE unaccent(lower(${pattern}))`;
  return rows.map((row) => row.id);
}

export async function searchUsers(actor: Actor, search: UserSearch): Promise<{ users: UserRow[]; total: number; page: number; pageCount: number }> {
  assertAdmin(actor);
  const page = search.page ?? 1;
  const where: Prisma.UserWhereInput = {
    ...(search.q ? { id: { in: await idsMatching(search.q) } } : {}),
    ...(search.role ? { role: search.role } : {}),
    ...(search.statut === "suspendu" ? { suspendedAt: { not: null } } : search.statut === "actif" ? { suspendedAt: null } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, publicName: true, name: true, role: true, suspendedAt: true, suspendedReason: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return {
    users: rows.map(({ publicName, name, ...row }) => ({ ...row, name: publicName ?? name })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)),
  };
}

/**
 * Locks the admin rows, then checks that at least one active admin other than `userId`
 * remains: two admins demoting each other at once cannot leave the network without one.
 */
async function assertAnotherActiveAdmin(tx: Tx, userId: string, messageKey: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`;
  const others = await tx.user.count({ where: { role: "ADMIN", suspendedAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", messageKey);
}

async function target(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, suspendedAt: true } });
  if (!user) throw new AppError("NOT_FOUND", "errors.people.unknownAccount");
  return user;
}

export async function changeRole(actor: Actor, userId: string, role: unknown): Promise<void> {
  assertAdmin(actor);
  if (!isRole(role)) throw new AppError("INVALID_INPUT", "errors.people.unknownRoleSummary", { fieldErrors: { role: "errors.people.unknownRole" } });
  await db.$transaction(async (tx) => {
    const user = await target(tx, userId);
    if (user.role === role) return;
    if (user.role === "ADMIN") {
      await assertAnotherActiveAdmin(tx, userId, userId === actor.id ? "errors.people.lastAdminSelf" : "errors.people.lastAdmin");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await audit(tx, { actorId: actor.id, action: "user.role.change", targetType: "User", targetId: userId, before: { role: user.role }, after: { role } });
  });
  // Public pages name catalysts and count them.
  await invalidatePublishedResults();
}

/** Suspends an account: its sessions end at once and sign-in is refused until reinstated. */
export async function suspendUser(actor: Actor, userId: string, input: unknown): Promise<void> {
  assertAdmin(actor);
  const parsed = suspensionSchema.safeParse(input);
  if (!parsed.success) throw AppError.fromZod(parsed.error, { key: "errors.people.reasonInvalid" });
  if (userId === actor.id) throw new AppError("CONFLICT", "errors.people.suspendSelf");
  await db.$transaction(async (tx) => {
    const user = await target(tx, userId);
    if (user.suspendedAt) throw new AppError("CONFLICT", "errors.people.alreadySuspended");
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId, "errors.people.lastAdminSuspend");
    await tx.user.update({ where: { id: userId }, data: { suspendedAt: new Date(), suspendedReason: parsed.data.reason } });
    const sessions = await tx.session.deleteMany({ where: { userId } });
    await audit(tx, { actorId: actor.id, action: "user.suspend", targetType: "User", targetId: userId, before: { suspended: false }, after: { suspended: true, reason: parsed.data.reason, sessionsEnded: sessions.count } });
  });
  // Public pages name catalysts and count them.
  await invalidatePublishedResults();
}

export async function reinstateUser(actor: Actor, userId: string): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const user = await target(tx, userId);
    if (!user.suspendedAt) throw new AppError("CONFLICT", "errors.people.notSuspended");
    await tx.user.update({ where: { id: userId }, data: { suspendedAt: null, suspendedReason: null } });
    await audit(tx, { actorId: actor.id, action: "user.reinstate", targetType: "User", targetId: userId, before: { suspended: true }, after: { suspended: false } });
  });
  // Public pages name catalysts and count them.
  await invalidatePublishedResults();
}
