// People administration against the real database: roles, suspension (sessions end at
// once), the last admin, invitations; every change audited; only admins.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { changeRole, reinstateUser, searchUsers, suspendUser } from "./accounts";
import { acceptInvitation, inviteCatalyst, lookupInvitation } from "./invitations";

async function refusal(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** The token of the last invitation e-mailed to `email` (read from the local outbox). */
async function invitationToken(email: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { to: email, kind: "catalyst-invitation" }, orderBy: { createdAt: "desc" } });
  return /\/invitation\/([\w-]+)/.exec(mail.text)![1]!;
}

describe("roles", () => {
  it("an admin changes a role, audited with before and after; a catalyst cannot", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const member = await makeUser("MEMBER", "member");
    await changeRole(admin, member.id, "CATALYST");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("CATALYST");
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: member.id, action: "user.role.change" } });
    expect(entry).toMatchObject({ actorId: admin.id, before: { role: "MEMBER" }, after: { role: "CATALYST" } });
    await refusal(changeRole(member, admin.id, "MEMBER"), "FORBIDDEN");
    await refusal(changeRole(admin, member.id, "KING"), "INVALID_INPUT");
  });

  it("the network never loses its last active admin, even with two demotions at once", async () => {
    // Make these two the only active admins of this test database.
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "MEMBER" } });
    const [a, b] = [await makeUser("ADMIN", "a"), await makeUser("ADMIN", "b")];
    const results = await Promise.allSettled([changeRole(a, b.id, "MEMBER"), changeRole(b, a.id, "MEMBER")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", suspendedAt: null } })).toBe(1);
    const last = (await db.user.findFirstOrThrow({ where: { role: "ADMIN", suspendedAt: null } })).id === a.id ? a : b;
    const own = await refusal(changeRole(last, last.id, "CATALYST"), "CONFLICT");
    expect(own.message).toContain("dernier administrateur");
  });
});

describe("suspension", () => {
  it("ends the user's sessions at once, and reinstating lets them back", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const member = await makeUser("MEMBER", "member");
    await db.session.create({ data: { sessionToken: crypto.randomUUID(), userId: member.id, expires: new Date(Date.now() + 3600_000) } });
    await refusal(suspendUser(admin, member.id, { reason: "?" }), "INVALID_INPUT");
    expect(await db.session.count({ where: { userId: member.id } })).toBe(1);
    await suspendUser(admin, member.id, { reason: "Messages abusifs répétés." });
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).suspendedReason).toBe("Messages abusifs répétés.");
    await refusal(suspendUser(admin, admin.id, { reason: "Je me suspends." }), "CONFLICT");
    await reinstateUser(admin, member.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).suspendedAt).toBeNull();
    expect(await db.auditLog.count({ where: { targetId: member.id, action: { in: ["user.suspend", "user.reinstate"] } } })).toBe(2);
  });
});

describe("search", () => {
  it("finds by e-mail or name, filters role and status, and is for admins only", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const member = await makeUser("MEMBER", "zephyrine");
    const found = await searchUsers(admin, { q: "ZEPHYR" });
    expect(found.users.map((u) => u.id)).toEqual([member.id]);
    expect((await searchUsers(admin, { q: "zephyr", role: "CATALYST" })).users).toHaveLength(0);
    await refusal(searchUsers(member, {}), "FORBIDDEN");
  });

  it("ignores accents both ways, and treats % and _ as plain characters", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const tag = crypto.randomBytes(3).toString("hex");
    const helene = await makeUser("CATALYST", "h");
    await db.user.update({ where: { id: helene.id }, data: { publicName: `Hélène Guérin ${tag}` } });
    const plain = await makeUser("CATALYST", "p");
    await db.user.update({ where: { id: plain.id }, data: { publicName: `Helene Guerin ${tag}` } });
    const ids = async (q: string) => (await searchUsers(admin, { q })).users.map((u) => u.id).sort();
    expect(await ids(`helene guerin ${tag}`)).toEqual([helene.id, plain.id].sort());
    expect(await ids(`HÉLÈNE GUÉRIN ${tag}`)).toEqual([helene.id, plain.id].sort());
    expect(await ids(`Gu_rin ${tag}`)).toEqual([]);
    expect(await ids(`%${tag}`)).toEqual([]);
  });
});

describe("catalyst invitations", () => {
  it("creates the account as catalyst, once; an upgrade never demotes an admin", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const email = `invitee-${crypto.randomBytes(4).toString("hex")}@test.essaim`;
    await inviteCatalyst(admin, { email: email.toUpperCase() });
    const token = await invitationToken(email);
    expect(await lookupInvitation(token)).toEqual({ state: "valid", email });
    const results = await Promise.allSettled([acceptInvitation(token), acceptInvitation(token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("CATALYST");
    expect(await lookupInvitation(token)).toEqual({ state: "used" });
    // Only the hash is stored.
    expect(await db.catalystInvitation.count({ where: { tokenHash: token } })).toBe(0);

    const member = await makeUser("MEMBER", "member");
    await inviteCatalyst(admin, { email: member.email });
    await acceptInvitation(await invitationToken(member.email));
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("CATALYST");
    await refusal(inviteCatalyst(admin, { email: member.email }), "CONFLICT");
  });

  it("refuses an expired or unknown token and a non-admin inviter", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const email = `late-${crypto.randomBytes(4).toString("hex")}@test.essaim`;
    await inviteCatalyst(admin, { email });
    const token = await invitationToken(email);
    await db.catalystInvitation.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await lookupInvitation(token)).toEqual({ state: "expired" });
    await refusal(acceptInvitation(token), "NOT_FOUND");
    await refusal(acceptInvitation("inconnu"), "NOT_FOUND");
    expect(await db.user.count({ where: { email } })).toBe(0);
    const catalyst = await makeUser("CATALYST", "c");
    await refusal(inviteCatalyst(catalyst, { email: "x@test.essaim" }), "FORBIDDEN");
    await refusal(inviteCatalyst(admin, { email: "pas-une-adresse" }), "INVALID_INPUT");
  });
});
