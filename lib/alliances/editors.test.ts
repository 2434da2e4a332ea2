// Co-editors against the real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { createAlliance, saveDraft } from "./service";
import { addCoEditor, ALREADY_EDITOR_MESSAGE } from "./editors";

describe("co-editors", () => {
  it("an editor adds a catalyst, who can then edit and is told by e-mail", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const colleague = await makeUser("CATALYST", "colleague");
    const { id } = await createAlliance(owner, "Alliance à deux mains");
    await expect(saveDraft(colleague, id, 1, (d) => ({ ...d, summary: "Pas encore éditeur du tout." }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await addCoEditor({ ...owner, email: owner.email }, id, colleague.email.toUpperCase());
    await expect(saveDraft(colleague, id, 1, (d) => ({ ...d, summary: "Maintenant co-éditeur de l'alliance." }))).resolves.toMatchObject({ version: 2 });
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: colleague.email, kind: "co-editor" } });
    expect(mail.text).toContain(`/espace/alliances/${id}/modifier`);
  });

  it("refuses members, unknown addresses, duplicates and non-editors", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const member = await makeUser("MEMBER", "member");
    const stranger = await makeUser("CATALYST", "stranger");
    const { id } = await createAlliance(owner, "Alliance bien gardée");
    const refuse = async (actor: typeof owner, email: string, code: AppError["code"]) =>
      expect(addCoEditor({ ...actor, email: actor.email }, id, email)).rejects.toMatchObject({ code });
    await refuse(owner, member.email, "INVALID_INPUT");
    await refuse(owner, "personne@nulle-part.test", "INVALID_INPUT");
    await refuse(owner, "pas une adresse", "INVALID_INPUT");
    await refuse(owner, owner.email, "CONFLICT");
    await refuse(stranger, stranger.email, "NOT_FOUND");
    expect(await db.allianceEditor.count({ where: { allianceId: id } })).toBe(1);
  });

  it("adding the same person twice at once gives one editor row and a clear conflict, not an internal error", async () => {
    const owner = await makeUser("CATALYST", "owner");
    const colleague = await makeUser("CATALYST", "colleague");
    const { id } = await createAlliance(owner, "Alliance cliquée deux fois");
    const results = await Promise.allSettled([0, 1, 2].map(() => addCoEditor({ ...owner, email: owner.email }, id, colleague.email)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) {
      expect(refused.reason).toMatchObject({ code: "CONFLICT", message: ALREADY_EDITOR_MESSAGE });
    }
    expect(await db.allianceEditor.count({ where: { allianceId: id, userId: colleague.id } })).toBe(1);
  });
});
