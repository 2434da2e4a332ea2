// Data rights against the real database: the export holds what Essaim keeps (never a token),
// erasure leaves no name, e-mail, profile or position, keeps the other side's threads and the
// journal, flags orphaned alliances; only the person, or an admin with a written request.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { ERASED_NAME, eraseAccount, exportPersonalData, listAlliancesWithoutCatalyst } from "./service";

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A catalyst with an alliance, a profile, a session, and a visit thread with a member. */
async function personWithData() {
  const catalyst = await makeUser("CATALYST", "rgpd");
  await db.user.update({ where: { id: catalyst.id }, data: { name: "Camille Martin", bio: "Je fais vivre le réseau à Poitiers.", communeInsee: "86194", lat: 46.58, lng: 0.34, profilePublic: true, expertiseDomains: ["EMPLOYMENT"] } });
  const { id: allianceId } = await makeSubmittableAlliance(catalyst);
  const token = crypto.randomBytes(16).toString("hex");
  await db.session.create({ data: { sessionToken: token, userId: catalyst.id, expires: new Date(Date.now() + 86_400_000) } });
  const member = await makeUser("MEMBER", "visiteur");
  const request = await db.contactRequest.create({ data: { allianceId, requesterId: member.id, whoAmI: "Porteuse de projet", territory: "Niort", wishes: "Visiter", availability: "Mardi" } });
  await db.contactMessage.create({ data: { requestId: request.id, authorId: member.id, body: "Bonjour !" } });
  await db.contactMessage.create({ data: { requestId: request.id, authorId: catalyst.id, body: "Avec plaisir, écrivez-moi.", sharesEmail: true } });
  await db.mailMessage.create({ data: { to: catalyst.email, subject: "Votre lien", text: "https://secret-link", kind: "sign-in" } });
  return { catalyst, member, allianceId, token, requestId: request.id };
}

describe("export of personal data", () => {
  it("holds the account, profile, alliances and threads under readable names, never a session token or a mail's text", async () => {
    const { catalyst, token } = await personWithData();
    const { data } = await exportPersonalData(catalyst, catalyst.id);
    expect(data["Compte"]["Adresse e-mail"]).toBe(catalyst.email);
    expect(data["Profil public"]["Présentation"]).toBe("Je fais vivre le réseau à Poitiers.");
    expect(data["Alliances dont vous êtes catalyseur"]).toHaveLength(1);
    expect(data["Vos messages dans les demandes reçues par vos alliances"][0]).toMatchObject({ "Texte": "Avec plaisir, écrivez-moi." });
    expect(data["E-mails envoyés à votre adresse"][0]).toMatchObject({ "Objet": "Votre lien" });
    const text = JSON.stringify(data);
    expect(text).not.toContain(token);
    expect(text).not.toContain("secret-link");
    expect(await db.auditLog.count({ where: { action: "privacy.export", targetId: catalyst.id } })).toBe(1);
  });

  it("is refused to someone else, and to an admin without the written request's reference", async () => {
    const { catalyst } = await personWithData();
    const other = await makeUser("CATALYST", "autre");
    expect((await caught(exportPersonalData(other, catalyst.id))).code).toBe("FORBIDDEN");
    const admin = await makeUser("ADMIN", "admin");
    expect((await caught(exportPersonalData(admin, catalyst.id))).code).toBe("INVALID_INPUT");
    const { data } = await exportPersonalData(admin, catalyst.id, { reference: "courriel du 1er décembre" });
    expect(data["À propos de ce fichier"]["Référence de la demande"]).toBe("courriel du 1er décembre");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "privacy.export", targetId: catalyst.id, actorId: admin.id } });
    expect(entry.after).toMatchObject({ byAdmin: true, reference: "courriel du 1er décembre" });
  });
});

describe("account erasure", () => {
  it("ends sessions, erases name, e-mail, profile and position, keeps the thread for the other side and the journal's actor", async () => {
    const { catalyst, member, allianceId, requestId } = await personWithData();
    await db.auditLog.create({ data: { actorId: catalyst.id, action: "user.profile.update", targetType: "User", targetId: catalyst.id, after: { publicName: catalyst.publicName, communeInsee: "86194", profilePublic: true } } });
    const { orphanedAlliances } = await eraseAccount(catalyst, catalyst.id);

    const user = await db.user.findUniqueOrThrow({ where: { id: catalyst.id } });
    expect(user).toMatchObject({ name: null, publicName: ERASED_NAME, bio: null, communeInsee: null, lat: null, lng: null, profilePublic: false, expertiseDomains: [], role: "MEMBER" });
    expect(user.email).not.toContain(catalyst.email.split("@")[0]!);
    expect(user.deletedAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: catalyst.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { to: catalyst.email } })).toBe(0);

    // The member still reads the thread; the catalyst's message is signed "Compte supprimé", its e-mail gone.
    const messages = await db.contactMessage.findMany({ where: { requestId }, orderBy: { createdAt: "asc" }, select: { body: true, sharesEmail: true, author: { select: { publicName: true } } } });
    expect(messages.map((m) => m.body)).toEqual(["Bonjour !", "Avec plaisir, écrivez-moi."]);
    expect(messages[1]).toMatchObject({ sharesEmail: false, author: { publicName: ERASED_NAME } });
    expect(await db.contactMessage.count({ where: { authorId: member.id } })).toBe(1);

    // The journal keeps its entries and actor, without the person's name or place in them.
    const entries = await db.auditLog.findMany({ where: { actorId: catalyst.id } });
    expect(entries.length).toBeGreaterThan(1);
    const profile = entries.find((e) => e.action === "user.profile.update")!;
    expect(profile.after).toEqual({ profilePublic: true });
    expect(JSON.stringify(entries.map((e) => [e.before, e.after]))).not.toContain(catalyst.publicName!);
    // …and it is still append-only outside an erasure.
    await expect(db.auditLog.update({ where: { id: profile.id }, data: { after: {} } })).rejects.toThrow(/append-only/);

    // The alliance does not vanish: the admins see it.
    expect(orphanedAlliances).toEqual([allianceId]);
    expect(await db.alliance.count({ where: { id: allianceId } })).toBe(1);
    const admin = await makeUser("ADMIN", "admin");
    expect((await listAlliancesWithoutCatalyst(admin)).map((a) => a.id)).toContain(allianceId);
    expect(await db.auditLog.count({ where: { action: "alliance.orphaned", targetId: allianceId } })).toBe(1);

    // Done once: a second erasure finds nothing.
    expect((await caught(eraseAccount(catalyst, catalyst.id))).code).toBe("NOT_FOUND");
  });

  it("an admin erases on a written request, audited with its reference; nobody else may", async () => {
    const { member } = await personWithData();
    const stranger = await makeUser("CATALYST", "etranger");
    expect((await caught(eraseAccount(stranger, member.id))).code).toBe("FORBIDDEN");
    const admin = await makeUser("ADMIN", "admin");
    expect((await caught(eraseAccount(admin, member.id, { reference: " " }))).code).toBe("INVALID_INPUT");
    expect(await db.user.count({ where: { id: member.id, deletedAt: null } })).toBe(1);
    await eraseAccount(admin, member.id, { reference: "lettre du 28 novembre" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "privacy.erase", targetId: member.id } });
    expect(entry).toMatchObject({ actorId: admin.id, after: { byAdmin: true, reference: "lettre du 28 novembre" } });
    // Their open request is closed for the alliance's catalysts.
    expect(await db.contactRequest.count({ where: { requesterId: member.id, status: { not: "CLOSED" } } })).toBe(0);
  });

  it("refuses to erase the last admin", async () => {
    await db.user.updateMany({ where: { role: "ADMIN", deletedAt: null }, data: { suspendedAt: new Date() } });
    try {
      const admin = await makeUser("ADMIN", "seul");
      expect((await caught(eraseAccount(admin, admin.id))).code).toBe("CONFLICT");
    } finally {
      await db.user.updateMany({ where: { role: "ADMIN", suspendedReason: null, suspendedAt: { not: null } }, data: { suspendedAt: null } });
    }
  });
});
