// The list of plans seeking funding: the mechanism filter keeps only such plans, territory
// filters match where the alliance is or where the plan aims, and amounts follow visibility.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { listFundingPlans } from "./queries";

async function planWith(opts: { visibility: "PUBLIC" | "NETWORK" | "PRIVATE"; mechanism: "TERRITORIAL_FOUNDATION" | "CROWDFUNDING"; status?: "UNDER_WAY" | "ACHIEVED"; targetRegion?: string; domain: string }) {
  const suffix = crypto.randomBytes(5).toString("hex");
  const alliance = await db.alliance.create({ data: { slug: `fund-${suffix}`, name: `Fonds ${suffix}`, draft: {}, publicationStatus: "PUBLISHED", publishedAt: new Date(), departement: "15", region: "84", domainCodes: [opts.domain], fundingVisibility: opts.visibility }, select: { id: true } });
  const plan = await db.scalingPlan.create({
    data: {
      allianceId: alliance.id,
      draftKey: suffix,
      kind: "GEOGRAPHIC",
      title: `Plan ${suffix}`,
      status: opts.status ?? "UNDER_WAY",
      funding: { create: [{ mechanism: opts.mechanism, amountSought: 43210 }] },
      targets: opts.targetRegion ? { create: [{ level: "REGION", code: opts.targetRegion, label: "" }] } : undefined,
    },
    select: { id: true },
  });
  return { allianceId: alliance.id, planId: plan.id };
}

describe("plans seeking funding", () => {
  it("filter on a mechanism keeps only plans with it; finished plans never show", async () => {
    const domain = "FOOD";
    const foundation = await planWith({ visibility: "PUBLIC", mechanism: "TERRITORIAL_FOUNDATION", domain });
    const crowd = await planWith({ visibility: "PUBLIC", mechanism: "CROWDFUNDING", domain });
    const done = await planWith({ visibility: "PUBLIC", mechanism: "TERRITORIAL_FOUNDATION", status: "ACHIEVED", domain });
    const list = await listFundingPlans({ mecanisme: "TERRITORIAL_FOUNDATION", domaine: domain, departement: "15" }, null);
    const ids = list.plans.map((p) => p.id);
    expect(ids).toContain(foundation.planId);
    expect(ids).not.toContain(crowd.planId);
    expect(ids).not.toContain(done.planId);
    expect(list.plans.every((p) => p.funding.some((f) => f.mechanism === "TERRITORIAL_FOUNDATION"))).toBe(true);
    expect(list.total).toBe(await db.scalingPlan.count({ where: { status: { in: ["UNDER_WAY", "IN_PREPARATION"] }, funding: { some: { mechanism: "TERRITORIAL_FOUNDATION" } }, alliance: { publicationStatus: "PUBLISHED", departement: "15", domainCodes: { has: domain } } } }));
  });

  it("a région filter also finds plans that aim at it", async () => {
    const aiming = await planWith({ visibility: "PUBLIC", mechanism: "CROWDFUNDING", targetRegion: "28", domain: "HOUSING" });
    const ids = (await listFundingPlans({ region: "28", domaine: "HOUSING" }, null)).plans.map((p) => p.id);
    expect(ids).toContain(aiming.planId);
  });

  it("amounts follow the alliance's funding visibility", async () => {
    const priv = await planWith({ visibility: "PRIVATE", mechanism: "CROWDFUNDING", domain: "CULTURE" });
    const network = await planWith({ visibility: "NETWORK", mechanism: "CROWDFUNDING", domain: "CULTURE" });
    const member = await makeUser("MEMBER", "financeur");
    const editor = await makeUser("CATALYST", "porteur");
    await db.allianceEditor.create({ data: { allianceId: priv.allianceId, userId: editor.id, isOwner: true } });
    const amount = async (viewer: { id: string; role: "MEMBER" | "CATALYST" } | null, planId: string) => {
      const list = await listFundingPlans({ mecanisme: "CROWDFUNDING", domaine: "CULTURE" }, viewer);
      return list.plans.find((p) => p.id === planId)?.funding[0]?.amountSought;
    };
    expect(await amount(null, network.planId)).toBeNull();
    expect(await amount({ id: member.id, role: "MEMBER" }, network.planId)).toBe(43210);
    expect(await amount({ id: member.id, role: "MEMBER" }, priv.planId)).toBeNull();
    expect(await amount({ id: editor.id, role: "CATALYST" }, priv.planId)).toBe(43210);
  });
});
