// The admin home's figures match the rows they count (real database).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { submitAlliance } from "@/lib/alliances/service";
import { approveSubmission, rejectSubmission } from "@/lib/moderation/service";
import { changeRole } from "@/lib/people/accounts";
import { getDashboard } from "./dashboard";

async function submitted() {
  const owner = await makeUser("CATALYST", "owner");
  const { id, version } = await makeSubmittableAlliance(owner);
  await submitAlliance(owner, id, version);
  const revision = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT" } });
  return { id, revisionId: revision.id };
}

describe("admin dashboard", () => {
  it("counts what waits, this month's decisions, new catalysts and alliances per région", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const before = await getDashboard(admin);
    const a = await submitted();
    const b = await submitted();
    await submitted();
    await approveSubmission(admin, a.id, a.revisionId);
    await rejectSubmission(admin, b.id, b.revisionId, { reason: "Objectif à préciser, merci." });
    const member = await makeUser("MEMBER", "promu");
    await changeRole(admin, member.id, "CATALYST");
    const after = await getDashboard(admin);
    expect(after.waiting).toBe(before.waiting + 1);
    expect(after.oldestWaitingSince).not.toBeNull();
    expect(after.decisionsThisMonth.approved).toBe(before.decisionsThisMonth.approved + 1);
    expect(after.decisionsThisMonth.rejected).toBe(before.decisionsThisMonth.rejected + 1);
    // Three new catalyst accounts (the owners) and one promoted member.
    expect(after.newCatalysts).toBe(before.newCatalysts + 4);
    const region = (figures: typeof after) => figures.byRegion.find((r) => r.code === "75")?.count ?? 0;
    expect(region(after)).toBe(region(before) + 1);
    expect(after.byRegion.find((r) => r.code === "75")?.name).toBe("Nouvelle-Aquitaine");
    expect(await db.alliance.count({ where: { publicationStatus: "PUBLISHED", region: "75" } })).toBe(region(after));
  });
});
