// Alliance writes against the real database: permissions, validation, conflicts, submission.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeOrganisation, makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { createAlliance, NOT_PENDING_MESSAGE, saveDraft, submitAlliance, withdrawSubmission, type ConflictDetails } from "./service";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected ${code}`);
}

async function state(id: string) {
  return db.alliance.findUniqueOrThrow({ where: { id }, select: { draft: true, draftVersion: true, reviewStatus: true, publicationStatus: true } });
}

describe("creating an alliance", () => {
  it("makes the catalyst its owner and records a revision and an audit entry", async () => {
    const catalyst = await makeUser("CATALYST", "cat");
    const alliance = await createAlliance(catalyst, "Alliance des tests à Poitiers");
    expect(alliance.slug).toMatch(/^alliance-des-tests-a-poitiers/);
    const editors = await db.allianceEditor.findMany({ where: { allianceId: alliance.id } });
    expect(editors).toEqual([expect.objectContaining({ userId: catalyst.id, isOwner: true })]);
    expect(await db.allianceRevision.count({ where: { allianceId: alliance.id, kind: "CREATE" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: alliance.id, action: "alliance.create" } })).toBe(1);
    expect((await state(alliance.id)).publicationStatus).toBe("UNPUBLISHED");
  });

  it("is refused to a member", async () => {
    const member = await makeUser("MEMBER", "member");
    const before = await db.alliance.count();
    await expectAppError(createAlliance(member, "Une alliance de membre"), "FORBIDDEN");
    expect(await db.alliance.count()).toBe(before);
  });

  it("gives two alliances of the same name distinct slugs", async () => {
    const catalyst = await makeUser("CATALYST", "cat");
    const first = await createAlliance(catalyst, "Même nom pour deux");
    const second = await createAlliance(catalyst, "Même nom pour deux");
    expect(second.slug).not.toBe(first.slug);
  });
});

describe("saving the working copy", () => {
  it("bumps the version and records who changed which fields", async () => {
    const catalyst = await makeUser("CATALYST", "cat");
    const { id } = await createAlliance(catalyst, "Alliance versionnée");
    const result = await saveDraft(catalyst, id, 1, (draft) => ({ ...draft, summary: "Un résumé suffisamment long pour la relecture.", stage: "CONSOLIDATION" }));
    expect(result).toEqual({ version: 2, changedFields: ["summary", "stage"] });
    const revision = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, version: 2, kind: "SAVE" } });
    expect(revision.authorId).toBe(catalyst.id);
    expect(revision.changedFields).toEqual(["summary", "stage"]);
  });

  it("refuses a stale version with the other change, and writes nothing", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const { id } = await createAlliance(owner, "Alliance disputée");
    await saveDraft(owner, id, 1, (draft) => ({ ...draft, objective: "Objectif écrit par la première personne, clair et mesurable." }));
    const error = await expectAppError(saveDraft(owner, id, 1, (draft) => ({ ...draft, objective: "Objectif écrit par la seconde personne, qui arrive trop tard." })), "CONFLICT");
    const details = error.details as ConflictDetails;
    expect(details.currentVersion).toBe(2);
    expect(details.changedFields).toEqual(["objective"]);
    expect(details.theirs.objective).toContain("première personne");
    const after = await state(id);
    expect(after.draftVersion).toBe(2);
    expect((after.draft as { objective: string }).objective).toContain("première personne");
  });

  it("two simultaneous saves of the same version: exactly one wins", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const { id } = await createAlliance(owner, "Alliance concurrente");
    const results = await Promise.allSettled([
      saveDraft(owner, id, 1, (d) => ({ ...d, summary: "Résumé A, assez long pour être valide." })),
      saveDraft(owner, id, 1, (d) => ({ ...d, summary: "Résumé B, assez long pour être valide." })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect((await state(id)).draftVersion).toBe(2);
  });

  it("refuses a catalyst who does not edit the alliance, without revealing it", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const stranger = await makeUser("CATALYST", "stranger");
    const { id } = await createAlliance(owner, "Alliance privée");
    await expectAppError(saveDraft(stranger, id, 1, (d) => ({ ...d, name: "Volée" })), "NOT_FOUND");
    expect((await state(id)).draftVersion).toBe(1);
  });

  it("lets an admin edit any alliance", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const admin = await makeUser("ADMIN", "admin");
    const { id } = await createAlliance(owner, "Alliance relue");
    await expect(saveDraft(admin, id, 1, (d) => ({ ...d, summary: "Corrigé par l'administration du réseau." }))).resolves.toMatchObject({ version: 2 });
  });

  it("refuses bad input field by field and changes nothing", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const { id } = await createAlliance(owner, "Alliance mal saisie");
    const document = (key: string) => ({ key, title: "Rapport", url: "https://example.org/rapport.pdf", kind: "REPORT", licence: "CC-BY-4.0" });
    const plan = (key: string, milestones: string[]) => ({
      key,
      kind: "GEOGRAPHIC",
      title: "Essaimer",
      milestones: milestones.map((m) => ({ key: m, title: "Étape", dueDate: "2026-03-01" })),
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "<script>alert(1)</script>" }, "name"],
      [{ description: "Texte\u0000caché" }, "description"],
      [{ documents: [document("d1"), document("d1")] }, "documents.1.key"],
      [{ scalingPlans: [plan("p_m_1", [])] }, "scalingPlans.0.key"],
      [{ scalingPlans: [plan("p1", ["m1", "m1"])] }, "scalingPlans.0.milestones.1.key"],
      [{ summary: "x".repeat(301) }, "summary"],
      [{ startDate: "2020-05-01", endDate: "2019-01-01" }, "endDate"],
      [{ startDate: "2999-01-01" }, "startDate"],
      [{ startDate: "2021-02-30" }, "startDate"],
      [{ territory: { communeInsee: "99999" } }, "territory.communeInsee"],
    ];
    for (const [patch, field] of cases) {
      const error = await expectAppError(
        saveDraft(owner, id, 1, (d) => ({ ...d, ...patch, territory: { ...d.territory, ...((patch.territory as object) ?? {}) } })),
        "INVALID_INPUT",
      );
      expect(Object.keys(error.fieldErrors ?? {}), JSON.stringify(patch)).toContain(field);
    }
    const organisation = await makeOrganisation("COMPANY");
    const duplicate = await expectAppError(
      saveDraft(owner, id, 1, (d) => ({
        ...d,
        partners: [
          { organisationId: organisation.id, role: "PILOT" },
          { organisationId: organisation.id, role: "FUNDER" },
        ],
      })),
      "INVALID_INPUT",
    );
    expect(Object.keys(duplicate.fieldErrors ?? {})).toContain("partners.1.organisationId");
    expect((await state(id)).draftVersion).toBe(1);
    expect(await db.allianceRevision.count({ where: { allianceId: id } })).toBe(1);
  });
});

describe("submitting for review", () => {
  it("requires two partners of different types, then marks the alliance pending", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const { id } = await createAlliance(owner, "Alliance à soumettre");
    const company = await makeOrganisation("COMPANY");
    const company2 = await makeOrganisation("COMPANY");
    const association = await makeOrganisation("ASSOCIATION");
    const complete = {
      summary: "Des entreprises et des associations réunies pour l'emploi local.",
      objective: "Accompagner 50 personnes vers l'emploi durable d'ici fin 2027.",
      territory: { communeInsee: "86194" },
      domainCodes: ["EMPLOYMENT"],
      startDate: "2024-01-15",
    };
    await saveDraft(owner, id, 1, (d) => ({
      ...d,
      ...complete,
      territory: { ...d.territory, ...complete.territory },
      partners: [
        { organisationId: company.id, role: "PILOT" },
        { organisationId: company2.id, role: "MEMBER" },
      ],
    }));
    const error = await expectAppError(submitAlliance(owner, id, 2), "INVALID_INPUT");
    expect(error.fieldErrors?.partners?.[0]).toContain("deux partenaires de types différents");
    expect((await state(id)).reviewStatus).toBe("NONE");

    await saveDraft(owner, id, 2, (d) => ({ ...d, partners: [...d.partners, { organisationId: association.id, role: "OPERATOR", description: "" }] }));
    await submitAlliance(owner, id, 3);
    const after = await state(id);
    expect(after.reviewStatus).toBe("PENDING");
    expect(after.publicationStatus).toBe("UNPUBLISHED");
    await expectAppError(submitAlliance(owner, id, 3), "CONFLICT");
  });

  it("two simultaneous submits: exactly one goes through, the other is told it is already pending", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const { id, version } = await makeSubmittableAlliance(owner);
    const results = await Promise.allSettled([submitAlliance(owner, id, version), submitAlliance(owner, id, version)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect((refused.reason as AppError).code).toBe("CONFLICT");
    expect(await db.allianceRevision.count({ where: { allianceId: id, kind: "SUBMIT" } })).toBe(1);
  });
});

describe("withdrawing a submission", () => {
  it("takes it out of review, records who did it, and lets the editors correct and submit again", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const { id, version } = await makeSubmittableAlliance(owner);
    await submitAlliance(owner, id, version);
    await withdrawSubmission(owner, id);
    expect(await state(id)).toMatchObject({ reviewStatus: "NONE", publicationStatus: "UNPUBLISHED" });
    expect(await db.allianceRevision.count({ where: { allianceId: id, kind: "WITHDRAW", authorId: owner.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: id, action: "alliance.withdraw", actorId: owner.id } })).toBe(1);
    // Nothing left to withdraw: told so, nothing written.
    expect((await expectAppError(withdrawSubmission(owner, id), "CONFLICT")).message).toBe(NOT_PENDING_MESSAGE);
    expect(await db.allianceRevision.count({ where: { allianceId: id, kind: "WITHDRAW" } })).toBe(1);
    const corrected = await saveDraft(owner, id, version, (d) => ({ ...d, summary: "Un résumé corrigé après le retrait de la soumission." }));
    await submitAlliance(owner, id, corrected.version);
    expect((await state(id)).reviewStatus).toBe("PENDING");
  });

  it("is refused to a catalyst who does not edit the alliance and to a member, and changes nothing", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const { id, version } = await makeSubmittableAlliance(owner);
    await submitAlliance(owner, id, version);
    await expectAppError(withdrawSubmission(await makeUser("CATALYST", "stranger"), id), "NOT_FOUND");
    await expectAppError(withdrawSubmission(await makeUser("MEMBER", "member"), id), "FORBIDDEN");
    expect((await state(id)).reviewStatus).toBe("PENDING");
    expect(await db.allianceRevision.count({ where: { allianceId: id, kind: "WITHDRAW" } })).toBe(0);
  });
});
