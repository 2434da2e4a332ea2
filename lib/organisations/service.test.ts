// Shared organisations against the real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { saveDraft } from "@/lib/alliances/service";
import { findOrCreateOrganisation, searchOrganisations } from "./service";

describe("findOrCreateOrganisation", () => {
  it("returns the same organisation for the same name in the same commune", async () => {
    const user = await makeUser("CATALYST", "org");
    const first = await findOrCreateOrganisation({ name: "Les Amis du Clain", type: "ASSOCIATION", communeInsee: "86194" }, user.id);
    const again = await findOrCreateOrganisation({ name: "les amis du  CLAIN", type: "ASSOCIATION", communeInsee: "86194" }, user.id);
    const elsewhere = await findOrCreateOrganisation({ name: "Les Amis du Clain", type: "ASSOCIATION", communeInsee: "79191" }, user.id);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, type: "ASSOCIATION", created: false });
    expect(elsewhere.id).not.toBe(first.id);
  });

  it("refuses an invalid SIREN and an unknown commune, creating nothing", async () => {
    const user = await makeUser("CATALYST", "org");
    const before = await db.organisation.count();
    for (const input of [
      { name: "Société Test", type: "COMPANY", siren: "123456789" },
      { name: "Société Test", type: "COMPANY", communeInsee: "99999" },
      { name: "<b>Société</b>", type: "COMPANY" },
      { name: "Sans type" },
    ]) {
      await expect(findOrCreateOrganisation(input, user.id)).rejects.toBeInstanceOf(AppError);
    }
    expect(await db.organisation.count()).toBe(before);
  });

  it("created inside a save that is refused (someone saved first), leaves no organisation behind", async () => {
    const owner = await makeUser("CATALYST", "org");
    const { id } = await makeSubmittableAlliance(owner);
    const { draftVersion } = await db.alliance.findUniqueOrThrow({ where: { id }, select: { draftVersion: true } });
    await saveDraft(owner, id, draftVersion, (draft) => ({ ...draft, summary: draft.summary + " (complété)" }));
    const addPartner = (version: number) =>
      saveDraft(owner, id, version, async (draft, tx) => {
        const organisation = await findOrCreateOrganisation({ name: "Régie de quartier du Clain", type: "ASSOCIATION", communeInsee: "86194" }, owner.id, tx);
        return { ...draft, partners: [...draft.partners, { organisationId: organisation.id, role: "MEMBER", description: "" }] };
      });
    await expect(addPartner(draftVersion)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.organisation.count({ where: { name: "Régie de quartier du Clain" } })).toBe(0);
    await addPartner(draftVersion + 1);
    expect(await db.organisation.count({ where: { name: "Régie de quartier du Clain" } })).toBe(1);
  });

  it("gives simultaneous creations of the same organisation one row, with or without a commune", async () => {
    const user = await makeUser("CATALYST", "org");
    for (const input of [
      { name: "Épicerie solidaire des Couronneries", type: "ASSOCIATION", communeInsee: "86194" },
      // No commune: the unique index cannot see these as equal (NULL), the lock does.
      { name: "Fédération nationale des épiceries solidaires", type: "NETWORK" },
    ]) {
      const results = await Promise.all([0, 1, 2].map(() => findOrCreateOrganisation(input, user.id)));
      expect(new Set(results.map((r) => r.id)).size, input.name).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await db.organisation.count({ where: { name: input.name } })).toBe(1);
    }
  });

  it("is found while typing, tolerating a typo", async () => {
    const user = await makeUser("CATALYST", "org");
    await findOrCreateOrganisation({ name: "Fondation Solidarité Vienne", type: "FOUNDATION" }, user.id);
    expect((await searchOrganisations("fondation solid")).map((o) => o.name)).toContain("Fondation Solidarité Vienne");
    expect((await searchOrganisations("Fondaton Solidarite Viene")).map((o) => o.name)).toContain("Fondation Solidarité Vienne");
  });
});
