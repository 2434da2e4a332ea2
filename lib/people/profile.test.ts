// Public profiles against the real database: only catalysts who opted in are shown,
// never with an e-mail; bad input is refused field by field and changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { getPublicProfile, updateProfile } from "./profile";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("catalyst profiles", () => {
  it("a catalyst opts in with a commune and becomes findable, with a point but no e-mail", async () => {
    const catalyst = await makeUser("CATALYST", "profil");
    expect(await getPublicProfile(catalyst.id)).toBeNull();
    await updateProfile(catalyst, { publicName: "Camille R.", bio: "Catalyseuse en Vienne.", communeInsee: "86194", expertiseDomains: ["AGEING"], profilePublic: true });
    const profile = await getPublicProfile(catalyst.id);
    expect(profile).toMatchObject({ name: "Camille R.", communeName: "Poitiers", expertiseDomains: ["AGEING"] });
    expect(JSON.stringify(profile)).not.toContain(catalyst.email);
    const row = await db.user.findUniqueOrThrow({ where: { id: catalyst.id } });
    expect(row.lat).toBeCloseTo(46.58, 1);
    expect(await db.auditLog.count({ where: { targetId: catalyst.id, action: "user.profile.update" } })).toBe(1);
  });

  it("refuses bad input field by field and changes nothing", async () => {
    const catalyst = await makeUser("CATALYST", "profil");
    const error = await refusal(updateProfile(catalyst, { publicName: "", bio: "<b>gras</b>", communeInsee: "99999", expertiseDomains: ["NOPE"], profilePublic: true }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["bio", "communeInsee", "expertiseDomains", "publicName"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: catalyst.id } })).profilePublic).toBe(false);
  });

  it("a public profile needs a commune; a member has none", async () => {
    const catalyst = await makeUser("CATALYST", "profil");
    const error = await refusal(updateProfile(catalyst, { publicName: "Sans commune", profilePublic: true }));
    expect(error.fieldErrors?.communeInsee?.[0]).toContain("indiquez votre commune");
    const member = await makeUser("MEMBER", "membre");
    expect((await refusal(updateProfile(member, { publicName: "Membre", communeInsee: "86194", profilePublic: true }))).code).toBe("FORBIDDEN");
    await db.user.update({ where: { id: member.id }, data: { profilePublic: true } });
    expect(await getPublicProfile(member.id)).toBeNull();
  });
});
