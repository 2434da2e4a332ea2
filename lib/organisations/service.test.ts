// Shared organisations against the real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
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

  it("is found while typing, tolerating a typo", async () => {
    const user = await makeUser("CATALYST", "org");
    await findOrCreateOrganisation({ name: "Fondation Solidarité Vienne", type: "FOUNDATION" }, user.id);
    expect((await searchOrganisations("fondation solid")).map((o) => o.name)).toContain("Fondation Solidarité Vienne");
    expect((await searchOrganisations("Fondaton Solidarite Viene")).map((o) => o.name)).toContain("Fondation Solidarité Vienne");
  });
});
