// People's rights over their data (RGPD): everything Essaim holds about a person, as JSON with
// readable field names, and the erasure of their account. The person themselves, or an admin
// acting on a written request (its reference is audited). See ADR 0042.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit/service";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";

/** What an erased account shows wherever its name appeared (threads, journal, revisions). */
export const ERASED_NAME = "Compte supprimé";
export const erasedEmail = (userId: string) => `compte-supprime-${userId}@essaim.invalid`;

type Actor = Pick<CurrentUser, "id" | "role">;

/** The person, or an admin with the reference of a written request. */
function assertMayAct(actor: Actor, userId: string, reference: string | undefined): { byAdmin: boolean } {
  if (actor.id === userId) return { byAdmin: false };
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "errors.app.forbidden");
  if (!reference?.trim()) throw new AppError("INVALID_INPUT", "privacy.errors.referenceRequired", { fieldErrors: { reference: "privacy.errors.referenceRequired" } });
  return { byAdmin: true };
}

async function loadPerson(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw new AppError("NOT_FOUND", "privacy.errors.notFound");
  return user;
}

const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const at = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** Everything held about `userId`, with field names a person can read. */
export async function exportPersonalData(actor: Actor, userId: string, request: { reference?: string } = {}) {
  const { byAdmin } = assertMayAct(actor, userId, request.reference);
  const user = await loadPerson(userId);
  const [sessions, accounts, editorOf, revisions, decisions, reports, requests, messages, blocksMade, blocksReceived, measurements, editorInvitations, catalystInvitations, replications, actions, about, mails, counters] =
    await Promise.all([
      db.session.findMany({ where: { userId }, select: { expires: true } }),
      db.account.findMany({ where: { userId }, select: { provider: true, type: true } }),
      db.allianceEditor.findMany({ where: { userId }, select: { isOwner: true, addedAt: true, alliance: { select: { id: true, name: true } } } }),
      db.allianceRevision.findMany({ where: { authorId: userId }, orderBy: { createdAt: "asc" }, select: { version: true, kind: true, changedFields: true, createdAt: true, alliance: { select: { name: true } } } }),
      db.moderationDecision.findMany({ where: { adminId: userId }, orderBy: { createdAt: "asc" }, select: { outcome: true, reason: true, createdAt: true, revision: { select: { alliance: { select: { name: true } } } } } }),
      db.report.findMany({ where: { reporterId: userId }, orderBy: { createdAt: "asc" }, select: { reason: true, text: true, status: true, createdAt: true, alliance: { select: { name: true } } } }),
      db.contactRequest.findMany({
        where: { requesterId: userId },
        orderBy: { createdAt: "asc" },
        select: {
          status: true, whoAmI: true, territory: true, wishes: true, availability: true, createdAt: true, closedAt: true,
          alliance: { select: { name: true } },
          messages: { orderBy: { createdAt: "asc" }, select: { authorId: true, body: true, sharesEmail: true, createdAt: true, author: { select: { publicName: true } } } },
        },
      }),
      db.contactMessage.findMany({ where: { authorId: userId, request: { requesterId: { not: userId } } }, orderBy: { createdAt: "asc" }, select: { body: true, sharesEmail: true, createdAt: true, request: { select: { alliance: { select: { name: true } } } } } }),
      db.contactBlock.findMany({ where: { blockerId: userId }, select: { createdAt: true, blocked: { select: { publicName: true } } } }),
      db.contactBlock.count({ where: { blockedId: userId } }),
      db.impactMeasurement.findMany({ where: { recordedById: userId }, orderBy: { createdAt: "asc" }, select: { value: true, measuredOn: true, source: true, createdAt: true, indicator: { select: { name: true, alliance: { select: { name: true } } } } } }),
      db.allianceEditorInvitation.findMany({ where: { OR: [{ invitedById: userId }, { email: user.email }] }, select: { email: true, createdAt: true, acceptedAt: true, invitedById: true, alliance: { select: { name: true } } } }),
      db.catalystInvitation.findMany({ where: { OR: [{ invitedById: userId }, { email: user.email }] }, select: { email: true, createdAt: true, acceptedAt: true, invitedById: true } }),
      db.replication.findMany({ where: { OR: [{ requestedById: userId }, { decidedById: userId }] }, select: { status: true, createdAt: true, requestedById: true, origin: { select: { name: true } }, replica: { select: { name: true } } } }),
      db.auditLog.findMany({ where: { actorId: userId }, orderBy: { id: "asc" }, select: { action: true, targetType: true, targetId: true, createdAt: true } }),
      db.auditLog.findMany({ where: { targetType: "User", targetId: userId }, orderBy: { id: "asc" }, select: { action: true, createdAt: true, after: true } }),
      db.mailMessage.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" }, select: { subject: true, kind: true, status: true, createdAt: true, sentAt: true } }),
      db.rateLimitBucket.findMany({ where: { key: { contains: user.email } }, select: { key: true, count: true, windowEnd: true } }),
    ]);

  const data = {
    "À propos de ce fichier": {
      "Exporté le": at(new Date()),
      "Demandé par": byAdmin ? "un administrateur, sur demande écrite" : "vous-même",
      ...(byAdmin ? { "Référence de la demande": request.reference!.trim() } : {}),
      "Contenu": "Tout ce qu'Essaim conserve sur vous. Les jetons de connexion et le texte des e-mails (qui contiennent des liens de connexion) ne sont pas reproduits.",
    },
    "Compte": {
      "Identifiant": user.id,
      "Adresse e-mail": user.email,
      "Adresse e-mail vérifiée le": at(user.emailVerified),
      "Nom": user.name,
      "Nom public": user.publicName,
      "Rôle": user.role,
      "Créé le": at(user.createdAt),
      "Modifié le": at(user.updatedAt),
      "Suspendu le": at(user.suspendedAt),
      "Motif de la suspension": user.suspendedReason,
    },
    "Profil public": {
      "Visible dans l'annuaire des catalyseurs": user.profilePublic,
      "Présentation": user.bio,
      "Commune (code INSEE)": user.communeInsee,
      "Département": user.departement,
      "Région": user.region,
      "Position (latitude)": user.lat,
      "Position (longitude)": user.lng,
      "Domaines d'expertise": user.expertiseDomains,
    },
    "Sessions ouvertes": sessions.map((s) => ({ "Valable jusqu'au": at(s.expires) })),
    "Moyens de connexion": accounts.map((a) => ({ "Fournisseur": a.provider, "Type": a.type })),
    "Alliances dont vous êtes catalyseur": editorOf.map((e) => ({ "Alliance": e.alliance.name, "Créateur": e.isOwner, "Depuis le": at(e.addedAt) })),
    "Versions d'alliances que vous avez écrites": revisions.map((r) => ({ "Alliance": r.alliance.name, "Version": r.version, "Type": r.kind, "Champs modifiés": r.changedFields, "Le": at(r.createdAt) })),
    "Décisions de modération prises": decisions.map((d) => ({ "Alliance": d.revision.alliance.name, "Décision": d.outcome, "Motif": d.reason, "Le": at(d.createdAt) })),
    "Signalements envoyés": reports.map((r) => ({ "Alliance": r.alliance.name, "Motif": r.reason, "Texte": r.text, "État": r.status, "Le": at(r.createdAt) })),
    "Demandes de visite envoyées": requests.map((r) => ({
      "Alliance": r.alliance.name,
      "État": r.status,
      "Qui je suis": r.whoAmI,
      "Mon territoire": r.territory,
      "Ce que je souhaite": r.wishes,
      "Mes disponibilités": r.availability,
      "Envoyée le": at(r.createdAt),
      "Close le": at(r.closedAt),
      "Messages": r.messages.map((m) => ({ "De": m.authorId === userId ? "vous" : (m.author.publicName ?? "catalyseur"), "Texte": m.body, "Adresse e-mail partagée": m.sharesEmail, "Le": at(m.createdAt) })),
    })),
    "Vos messages dans les demandes reçues par vos alliances": messages.map((m) => ({ "Alliance": m.request.alliance.name, "Texte": m.body, "Adresse e-mail partagée": m.sharesEmail, "Le": at(m.createdAt) })),
    "Expéditeurs que vous avez bloqués": blocksMade.map((b) => ({ "Nom public": b.blocked.publicName, "Le": at(b.createdAt) })),
    "Nombre de catalyseurs qui vous ont bloqué": blocksReceived,
    "Mesures d'impact enregistrées": measurements.map((m) => ({ "Alliance": m.indicator.alliance.name, "Indicateur": m.indicator.name, "Valeur": m.value.toString(), "Mesurée le": day(m.measuredOn), "Source": m.source, "Enregistrée le": at(m.createdAt) })),
    "Invitations de co-édition": editorInvitations.map((i) => ({ "Alliance": i.alliance.name, "Sens": i.invitedById === userId ? "envoyée" : "reçue", "Adresse invitée": i.email, "Le": at(i.createdAt), "Acceptée le": at(i.acceptedAt) })),
    "Invitations de catalyseur": catalystInvitations.map((i) => ({ "Sens": i.invitedById === userId ? "envoyée" : "reçue", "Adresse invitée": i.email, "Le": at(i.createdAt), "Acceptée le": at(i.acceptedAt) })),
    "Filiations d'alliances": replications.map((r) => ({ "Origine": r.origin.name, "Essaimée": r.replica.name, "Votre rôle": r.requestedById === userId ? "déclarée" : "décidée", "État": r.status, "Le": at(r.createdAt) })),
    "Journal : ce que vous avez fait": actions.map((a) => ({ "Action": a.action, "Sur": `${a.targetType} ${a.targetId}`, "Le": at(a.createdAt) })),
    "Journal : ce qui a été fait sur votre compte": about.map((a) => ({ "Action": a.action, "Détail": a.after, "Le": at(a.createdAt) })),
    "E-mails envoyés à votre adresse": mails.map((m) => ({ "Objet": m.subject, "Type": m.kind, "État": m.status, "Créé le": at(m.createdAt), "Envoyé le": at(m.sentAt) })),
    "Compteurs anti-abus": counters.map((c) => ({ "Compteur": c.key, "Nombre": c.count, "Fenêtre jusqu'au": at(c.windowEnd) })),
  };
  await db.$transaction((tx) =>
    audit(tx, { actorId: actor.id, action: "privacy.export", targetType: "User", targetId: userId, after: { byAdmin, reference: request.reference?.trim() || null } }),
  );
  return { fileName: `essaim-mes-donnees-${day(new Date())}.json`, data };
}

/**
 * Erases the account: sessions end at once; name, e-mail, profile and position are erased;
 * visit-request messages stay for the other side under "Compte supprimé"; the audit journal
 * keeps the (anonymised) actor and loses the person's name and e-mail from its details; an
 * alliance left without catalyst is flagged to the admins (audited), never deleted.
 */
export async function eraseAccount(actor: Actor, userId: string, request: { reference?: string } = {}): Promise<{ orphanedAlliances: string[] }> {
  const { byAdmin } = assertMayAct(actor, userId, request.reference);
  const user = await loadPerson(userId);
  if (user.role === "ADMIN") {
    const admins = await db.user.count({ where: { role: "ADMIN", deletedAt: null, suspendedAt: null } });
    if (admins <= 1) throw new AppError("CONFLICT", "privacy.errors.lastAdmin");
  }
  return db.$transaction(async (tx) => {
    // Concurrent erasures of one account: the second finds it already erased.
    const locked = await tx.$queryRaw<{ deletedAt: Date | null }[]>`SELECT "deletedAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!locked[0] || locked[0].deletedAt) throw new AppError("NOT_FOUND", "privacy.errors.notFound");

    const editorships = await tx.allianceEditor.findMany({ where: { userId }, select: { allianceId: true } });
    await tx.allianceEditor.deleteMany({ where: { userId } });
    const orphaned: string[] = [];
    for (const { allianceId } of editorships) {
      if ((await tx.allianceEditor.count({ where: { allianceId, ...ACTIVE_EDITOR } })) === 0) orphaned.push(allianceId);
    }

    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.rateLimitBucket.deleteMany({ where: { key: { contains: user.email } } });
    await tx.mailMessage.deleteMany({ where: { to: user.email } });
    await tx.allianceEditorInvitation.deleteMany({ where: { email: user.email, acceptedAt: null } });
    await tx.allianceEditorInvitation.updateMany({ where: { email: user.email }, data: { email: erasedEmail(userId) } });
    await tx.catalystInvitation.deleteMany({ where: { email: user.email, acceptedAt: null } });
    await tx.catalystInvitation.updateMany({ where: { email: user.email }, data: { email: erasedEmail(userId) } });
    await tx.contactBlock.deleteMany({ where: { OR: [{ blockerId: userId }, { blockedId: userId }] } });
    await tx.contactRequest.updateMany({ where: { requesterId: userId, status: { not: "CLOSED" } }, data: { status: "CLOSED", closedAt: new Date() } });
    // The e-mail they chose to share in a message went with the account.
    await tx.contactMessage.updateMany({ where: { authorId: userId }, data: { sharesEmail: false } });

    // The journal keeps its entries; their details lose the person's name, e-mail and place
    // (the migration lets exactly this through, ADR 0042).
    await tx.$executeRaw`SELECT set_config('essaim.audit_redaction', 'on', true)`;
    await tx.$executeRaw`
      UPDATE "AuditLog" SET
        "before" = CASE WHEN jsonb_typeof("before") = 'object' THEN "before" - ARRAY['publicName', 'name', 'email', 'communeInsee', 'reason'] ELSE "before" END,
        "after" = CASE WHEN jsonb_typeof("after") = 'object' THEN "after" - ARRAY['publicName', 'name', 'email', 'communeInsee', 'reason'] ELSE "after" END
      WHERE ("targetType" = 'User' AND "targetId" = ${userId}) OR "after"->>'email' = ${user.email} OR "before"->>'email' = ${user.email}`;
    await tx.$executeRaw`SELECT set_config('essaim.audit_redaction', 'off', true)`;

    await tx.user.update({
      where: { id: userId },
      data: {
        email: erasedEmail(userId),
        emailVerified: null,
        name: null,
        image: null,
        publicName: ERASED_NAME,
        profilePublic: false,
        bio: null,
        communeInsee: null,
        departement: null,
        region: null,
        lat: null,
        lng: null,
        expertiseDomains: [],
        role: "MEMBER",
        suspendedAt: null,
        suspendedReason: null,
        deletedAt: new Date(),
      },
    });
    await audit(tx, { actorId: actor.id, action: "privacy.erase", targetType: "User", targetId: userId, after: { byAdmin, reference: request.reference?.trim() || null, orphanedAlliances: orphaned } });
    for (const allianceId of orphaned) {
      await audit(tx, { actorId: actor.id, action: "alliance.orphaned", targetType: "Alliance", targetId: allianceId, after: { formerCatalyst: userId } });
    }
    return { orphanedAlliances: orphaned };
  });
}

/** Alliances that no current catalyst looks after any more: for the admins' attention. */
export async function listAlliancesWithoutCatalyst(actor: Actor): Promise<{ id: string; name: string; slug: string; publicationStatus: string }[]> {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "errors.app.forbidden");
  const flagged = await db.auditLog.findMany({ where: { action: "alliance.orphaned" }, select: { targetId: true }, distinct: ["targetId"] });
  return db.alliance.findMany({
    where: { id: { in: flagged.map((f) => f.targetId) }, archivedAt: null, editors: { none: ACTIVE_EDITOR } },
    orderBy: { name: "asc" },
    take: 50,
    select: { id: true, name: true, slug: true, publicationStatus: true },
  });
}

/** For the admin's user page: who the person is (never for an erased account). */
export async function getPersonForAdmin(actor: Actor, userId: string) {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "errors.app.forbidden");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, publicName: true, name: true, role: true, createdAt: true, suspendedAt: true, deletedAt: true, _count: { select: { editorOf: true, contactRequests: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "privacy.errors.notFound");
  return user;
}
