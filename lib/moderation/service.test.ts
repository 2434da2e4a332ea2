// Moderation against the real database: approve publishes the submitted version, reject
// keeps the published one, two admins cannot decide twice, and only admins decide.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeOrganisation, makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { saveDraft, submitAlliance, withdrawSubmission } from "@/lib/alliances/service";
import { searchDirectory } from "@/lib/alliances/directory";
import { approveSubmission, getReview, listQueue, rejectSubmission } from "./service";
import { findPossibleDuplicates } from "./duplicates";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function submitted(name?: string) {
  const owner = await makeUser("CATALYST", "owner");
  const { id, version } = await makeSubmittableAlliance(owner, name);
  await submitAlliance(owner, id, version);
  const revision = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT" }, orderBy: { createdAt: "desc" } });
  return { owner, id, version, revisionId: revision.id };
}

describe("the moderation queue", () => {
  it("lists what waits, oldest first, and is refused to a catalyst", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const first = await submitted();
    const second = await submitted();
    const queue = await listQueue(admin);
    const ids = queue.map((item) => item.allianceId);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(queue.find((item) => item.allianceId === first.id)).toMatchObject({ kind: "NEW" });
    await expectAppError(listQueue(first.owner), "FORBIDDEN");
  });
});

describe("approving", () => {
  it("publishes the submitted version with its partners and domains, notifies the editors, and audits it", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const { owner, id, revisionId } = await submitted("Alliance approuvée de Poitiers");
    // An edit made after submitting is not what the admin approves.
    await saveDraft(owner, id, 2, (draft) => ({ ...draft, summary: "Un résumé modifié après la soumission, pas encore relu." }));
    const { slug } = await approveSubmission(admin, id, revisionId);
    const alliance = await db.alliance.findUniqueOrThrow({ where: { id }, include: { partners: true, domains: true } });
    expect(alliance).toMatchObject({ publicationStatus: "PUBLISHED", reviewStatus: "NONE", name: "Alliance approuvée de Poitiers", communeName: "Poitiers", region: "75", slug });
    expect(alliance.summary).toBe("Des entreprises et des associations réunies pour l'emploi local.");
    expect(alliance.partners).toHaveLength(2);
    expect(alliance.partnerTypes.sort()).toEqual(["ASSOCIATION", "COMPANY"]);
    expect(alliance.domains.map((d) => d.domainCode)).toEqual(["EMPLOYMENT"]);
    expect(alliance.firstPublishedAt).not.toBeNull();
    const decision = await db.moderationDecision.findFirstOrThrow({ where: { revision: { allianceId: id } } });
    expect(decision).toMatchObject({ adminId: admin.id, outcome: "APPROVED" });
    expect(await db.auditLog.count({ where: { targetId: id, action: "moderation.approve", actorId: admin.id } })).toBe(1);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: owner.email, kind: "moderation-approved" } });
    expect(mail.text).toContain(`/alliances/${slug}`);
    const found = await searchDirectory({ q: "Alliance approuvée de Poitiers", page: 1 });
    expect(found.items.map((item) => item.id)).toContain(id);
  });

  it("a second admin deciding the same submission is told it was already decided, and nothing changes", async () => {
    const [admin1, admin2] = [await makeUser("ADMIN", "a1"), await makeUser("ADMIN", "a2")];
    const { id, revisionId } = await submitted();
    const results = await Promise.allSettled([approveSubmission(admin1, id, revisionId), rejectSubmission(admin2, id, revisionId, { reason: "Doublon d'une alliance existante." })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError;
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/déjà été (approuvée|refusée)/);
    expect(await db.moderationDecision.count({ where: { revision: { allianceId: id } } })).toBe(1);
  });

  it("refuses a decision on a submission its editors withdrew, and says so", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const { owner, id, revisionId } = await submitted();
    await withdrawSubmission(owner, id);
    const refused = await expectAppError(approveSubmission(admin, id, revisionId), "CONFLICT");
    expect(refused.message).toContain("retiré cette soumission");
    expect(await db.alliance.findUniqueOrThrow({ where: { id }, select: { publicationStatus: true } })).toEqual({ publicationStatus: "UNPUBLISHED" });
    expect((await listQueue(admin)).map((item) => item.allianceId)).not.toContain(id);
    expect((await getReview(admin, id)).history.map((entry) => entry.kind)).toEqual(["WITHDRAW"]);
  });

  it("refuses a decision on a submission that a newer one replaced", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const { owner, id, revisionId } = await submitted();
    await rejectSubmission(admin, id, revisionId, { reason: "Précisez l'objectif chiffré, s'il vous plaît." });
    await submitAlliance(owner, id, 2);
    const error = await expectAppError(approveSubmission(admin, id, revisionId), "CONFLICT");
    expect(error.message).toContain("nouvelle version");
  });

  it("is refused to a catalyst, even an editor of the alliance", async () => {
    const { owner, id, revisionId } = await submitted();
    await expectAppError(approveSubmission(owner, id, revisionId), "FORBIDDEN");
    await expectAppError(rejectSubmission(owner, id, revisionId, { reason: "Je refuse ma propre alliance." }), "FORBIDDEN");
    await expectAppError(getReview(owner, id), "FORBIDDEN");
    expect((await db.alliance.findUniqueOrThrow({ where: { id } })).publicationStatus).toBe("UNPUBLISHED");
  });
});

describe("rejecting", () => {
  it("requires a reason, and keeps the published version of a rejected change", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const { owner, id, revisionId } = await submitted("Alliance publiée puis modifiée");
    await approveSubmission(admin, id, revisionId);
    await saveDraft(owner, id, 2, (draft) => ({ ...draft, name: "Nom proposé mais refusé" }));
    await submitAlliance(owner, id, 3);
    const change = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT", version: 3 } });
    const review = await getReview(admin, id);
    expect(review.kind).toBe("CHANGE");
    expect(review.submission?.changedFields).toEqual(["name"]);

    const invalid = await expectAppError(rejectSubmission(admin, id, change.id, { reason: "non" }), "INVALID_INPUT");
    expect(invalid.fieldErrors?.reason?.[0]).toContain("10 caractères");
    expect((await db.alliance.findUniqueOrThrow({ where: { id } })).reviewStatus).toBe("PENDING");

    await rejectSubmission(admin, id, change.id, { reason: "Le nouveau nom ne correspond pas à la convention signée." });
    const after = await db.alliance.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ publicationStatus: "PUBLISHED", reviewStatus: "REJECTED", name: "Alliance publiée puis modifiée", lastRejectionReason: "Le nouveau nom ne correspond pas à la convention signée." });
    expect(await db.mailMessage.count({ where: { to: owner.email, kind: "moderation-rejected" } })).toBe(1);
  });

  it("a renamed alliance gets a new slug on approval and the old one keeps redirecting", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const { owner, id, revisionId } = await submitted("Alliance avant renommage");
    const { slug: before } = await approveSubmission(admin, id, revisionId);
    await saveDraft(owner, id, 2, (draft) => ({ ...draft, name: "Alliance après renommage" }));
    await submitAlliance(owner, id, 3);
    const change = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT", version: 3 } });
    const { slug: after } = await approveSubmission(admin, id, change.id);
    expect(after).toMatch(/^alliance-apres-renommage/);
    expect(await db.allianceSlug.findUnique({ where: { slug: before } })).toMatchObject({ allianceId: id });
  });
});

describe("scaling plans", () => {
  it("are published with their targets and milestones, and keep their id and done dates across approvals", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const owner = await makeUser("CATALYST", "owner");
    const { id, version } = await makeSubmittableAlliance(owner);
    const plan = {
      key: "plan1",
      kind: "GEOGRAPHIC",
      title: "Essaimer en Charente",
      status: "IN_PREPARATION",
      startDate: "2026-01-01",
      targets: [
        { level: "DEPARTEMENT", code: "16", label: "" },
        { level: "DEPARTEMENT", code: "17", label: "" },
      ],
      milestones: [{ key: "m1", title: "Première réunion", dueDate: "2026-03-01", done: true }],
      funding: [{ mechanism: "PUBLIC_FUNDING", amountSought: 20000, amountObtained: null, note: "" }],
    };
    const saved = await saveDraft(owner, id, version, (d) => ({ ...d, scalingPlans: [plan] }));
    await submitAlliance(owner, id, saved.version);
    const first = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT" }, orderBy: { createdAt: "desc" } });
    await approveSubmission(admin, id, first.id);
    const published = await db.scalingPlan.findFirstOrThrow({ where: { allianceId: id }, include: { targets: true, milestones: true, funding: true } });
    expect(published).toMatchObject({ draftKey: "plan1", kind: "GEOGRAPHIC", status: "IN_PREPARATION" });
    expect(published.targets.map((t) => t.code).sort()).toEqual(["16", "17"]);
    expect(published.milestones[0]).toMatchObject({ title: "Première réunion", done: true });
    expect((await db.alliance.findUniqueOrThrow({ where: { id } })).scalingKinds).toEqual(["GEOGRAPHIC"]);
    const doneAt = published.milestones[0]!.doneAt;

    const again = await saveDraft(owner, id, saved.version, (d) => ({ ...d, scalingPlans: [{ ...plan, status: "UNDER_WAY" }] }));
    await submitAlliance(owner, id, again.version);
    const second = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT" }, orderBy: { createdAt: "desc" } });
    await approveSubmission(admin, id, second.id);
    const after = await db.scalingPlan.findFirstOrThrow({ where: { allianceId: id }, include: { milestones: true } });
    expect(after.id).toBe(published.id);
    expect(after.status).toBe("UNDER_WAY");
    expect(after.milestones[0]!.doneAt).toEqual(doneAt);
  });
});

describe("possible duplicates", () => {
  it("finds a published alliance with a similar name nearby, or sharing most partners, never itself", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const original = await submitted("Réseau solidaire numérique de Poitiers");
    await approveSubmission(admin, original.id, original.revisionId);
    const draft = { name: "Reseau solidaire numerique Poitiers", territory: { communeInsee: "86194", lat: null, lng: null } as never, partners: [] };
    const byName = await findPossibleDuplicates(null, draft);
    expect(byName.find((d) => d.id === original.id)?.reasons).toContain("NAME_NEARBY");
    // Far away (Strasbourg), the same name is not a duplicate.
    const far = await findPossibleDuplicates(null, { ...draft, territory: { communeInsee: "67482", lat: null, lng: null } as never });
    expect(far.map((d) => d.id)).not.toContain(original.id);
    expect((await findPossibleDuplicates(original.id, draft)).map((d) => d.id)).not.toContain(original.id);

    const partners = await db.alliancePartner.findMany({ where: { allianceId: original.id }, select: { organisationId: true, role: true } });
    const other = await makeOrganisation("FOUNDATION");
    const byPartners = await findPossibleDuplicates(null, { name: "Tout autre nom", territory: { communeInsee: "", lat: null, lng: null } as never, partners: [...partners, { organisationId: other.id, role: "FUNDER" }] as never });
    expect(byPartners.find((d) => d.id === original.id)).toMatchObject({ sharedPartners: 2, reasons: ["PARTNERS"] });
  });
});
