// Reports against the real database: once per user and alliance, rate limited, and the
// three decisions (hide, ask for an update, dismiss), each audited, each taken once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { submitAlliance } from "@/lib/alliances/service";
import { getEditableAlliance } from "@/lib/alliances/workspace";
import { approveSubmission } from "./service";
import { decideReport, fileReport, listHiddenAlliances, listReports, REPORTS_PER_DAY, restoreAlliance } from "./reports";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function published() {
  const owner = await makeUser("CATALYST", "owner");
  const admin = await makeUser("ADMIN", "admin");
  const { id, version } = await makeSubmittableAlliance(owner);
  await submitAlliance(owner, id, version);
  const revision = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT" } });
  await approveSubmission(admin, id, revision.id);
  return { owner, admin, id };
}

describe("filing a report", () => {
  it("is accepted once per user and alliance, with a clear message the second time", async () => {
    const { id } = await published();
    const member = await makeUser("MEMBER", "member");
    await fileReport(member, id, { reason: "INCORRECT", text: "L'adresse a changé." });
    const again = await expectAppError(fileReport(member, id, { reason: "DUPLICATE" }), "CONFLICT");
    expect(again.message).toContain("déjà signalé");
    expect(await db.report.count({ where: { allianceId: id } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: id, action: "report.create" } })).toBe(1);
  });

  it("refuses an unknown reason, HTML, and an alliance that is not published", async () => {
    const { id } = await published();
    const member = await makeUser("MEMBER", "member");
    const bad = await expectAppError(fileReport(member, id, { reason: "BORING", text: "<script>alert(1)</script>" }), "INVALID_INPUT");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["reason", "text"]);
    const owner = await makeUser("CATALYST", "draft");
    const draft = await makeSubmittableAlliance(owner);
    await expectAppError(fileReport(member, draft.id, { reason: "INCORRECT" }), "NOT_FOUND");
    expect(await db.report.count({ where: { reporterId: member.id } })).toBe(0);
  });

  it(`is limited to ${REPORTS_PER_DAY} a day per user`, async () => {
    const member = await makeUser("MEMBER", "busy");
    for (let i = 0; i < REPORTS_PER_DAY; i++) await fileReport(member, (await published()).id, { reason: "INCORRECT" });
    const error = await expectAppError(fileReport(member, (await published()).id, { reason: "INCORRECT" }), "RATE_LIMITED");
    expect(error.message).toContain("limite");
  });
});

describe("deciding a report", () => {
  it("hiding unpublishes the alliance, settles its open reports, tells the catalysts why", async () => {
    const { id, owner, admin } = await published();
    const [m1, m2] = [await makeUser("MEMBER", "m1"), await makeUser("MEMBER", "m2")];
    await fileReport(m1, id, { reason: "NO_LONGER_EXISTS" });
    await fileReport(m2, id, { reason: "NO_LONGER_EXISTS" });
    const [report] = (await listReports(admin)).filter((r) => r.alliance.id === id);
    await expectAppError(decideReport(admin, report!.id, "HIDE", { message: "court" }), "INVALID_INPUT");
    await decideReport(admin, report!.id, "HIDE", { message: "L'alliance a cessé son activité en 2025." });
    const alliance = await db.alliance.findUniqueOrThrow({ where: { id } });
    expect(alliance).toMatchObject({ publicationStatus: "HIDDEN", hiddenReason: "L'alliance a cessé son activité en 2025." });
    expect(await db.report.count({ where: { allianceId: id, status: "OPEN" } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: id, action: "alliance.hide" } })).toBe(1);
    expect((await db.mailMessage.findFirstOrThrow({ where: { to: owner.email, kind: "report-hidden" } })).text).toContain("cessé son activité");
  });

  it("a report is decided once: the second admin is told, and a catalyst is refused", async () => {
    const { id, admin } = await published();
    const other = await makeUser("ADMIN", "other");
    const member = await makeUser("MEMBER", "m");
    await fileReport(member, id, { reason: "INCORRECT" });
    const report = await db.report.findFirstOrThrow({ where: { allianceId: id } });
    const catalyst = await makeUser("CATALYST", "c");
    await expectAppError(decideReport(catalyst, report.id, "DISMISS", {}), "FORBIDDEN");
    await decideReport(admin, report.id, "REQUEST_UPDATE", { message: "Merci de mettre à jour la liste des partenaires." });
    const second = await expectAppError(decideReport(other, report.id, "DISMISS", {}), "CONFLICT");
    expect(second.message).toContain("déjà été traité");
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "UPDATE_REQUESTED", handledById: admin.id });
    expect((await db.alliance.findUniqueOrThrow({ where: { id } })).publicationStatus).toBe("PUBLISHED");
  });
});

describe("restoring a hidden alliance", () => {
  async function hidden() {
    const context = await published();
    const member = await makeUser("MEMBER", "reporter");
    await fileReport(member, context.id, { reason: "NO_LONGER_EXISTS" });
    const report = await db.report.findFirstOrThrow({ where: { allianceId: context.id } });
    await decideReport(context.admin, report.id, "HIDE", { message: "Les partenaires ne répondent plus depuis un an." });
    return context;
  }

  it("republishes it as it was published, records it, tells the catalysts, and keeps a pending correction for review", async () => {
    const { id, owner, admin } = await hidden();
    const before = await db.alliance.findUniqueOrThrow({ where: { id }, select: { name: true, slug: true, summary: true } });
    expect((await listHiddenAlliances(admin)).find((a) => a.id === id)).toMatchObject({ hiddenReason: "Les partenaires ne répondent plus depuis un an.", resubmitted: false });
    const { draftVersion } = await db.alliance.findUniqueOrThrow({ where: { id }, select: { draftVersion: true } });
    await submitAlliance(owner, id, draftVersion);
    expect((await listHiddenAlliances(admin)).find((a) => a.id === id)?.resubmitted).toBe(true);
    // The editor shows the correction as pending (and offers to withdraw it), though the alliance is hidden.
    expect(await getEditableAlliance(owner, id)).toMatchObject({ state: "HIDDEN", reviewPending: true });

    await restoreAlliance(admin, id, { message: "Le masquage était une erreur, pardon." });
    expect(await db.alliance.findUniqueOrThrow({ where: { id }, select: { publicationStatus: true, hiddenReason: true, reviewStatus: true, name: true, slug: true, summary: true } })).toEqual({
      ...before,
      publicationStatus: "PUBLISHED",
      hiddenReason: null,
      reviewStatus: "PENDING",
    });
    expect(await db.allianceRevision.count({ where: { allianceId: id, kind: "RESTORE", authorId: admin.id } })).toBe(1);
    expect(await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "alliance.restore" } })).toMatchObject({ actorId: admin.id });
    expect((await db.mailMessage.findFirstOrThrow({ where: { to: owner.email, kind: "alliance-restored" } })).text).toContain("Le masquage était une erreur");
    expect((await listHiddenAlliances(admin)).map((a) => a.id)).not.toContain(id);
  });

  it("is for admins only, and done once: a second restore is told, a published alliance cannot be restored", async () => {
    const { id, owner, admin } = await hidden();
    await expectAppError(restoreAlliance(owner, id, {}), "FORBIDDEN");
    await expectAppError(listHiddenAlliances(owner), "FORBIDDEN");
    expect((await db.alliance.findUniqueOrThrow({ where: { id } })).publicationStatus).toBe("HIDDEN");
    const other = await makeUser("ADMIN", "other");
    const results = await Promise.allSettled([restoreAlliance(admin, id, {}), restoreAlliance(other, id, {})]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { targetId: id, action: "alliance.restore" } })).toBe(1);
    await expectAppError(restoreAlliance(admin, "no-such-alliance", {}), "NOT_FOUND");
  });
});
