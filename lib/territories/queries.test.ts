// A territory page's figures against the rows (real database, a small world in the Creuse):
// its published alliances only, the nearest ones outside it, domains with and without
// alliances, and replications that left from it.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { findTerritory, territoryView } from "./queries";

async function alliance(departement: string, region: string, lat: number, lng: number, domainCodes: string[], status: "PUBLISHED" | "HIDDEN" = "PUBLISHED") {
  const suffix = crypto.randomBytes(5).toString("hex");
  return db.alliance.create({ data: { slug: `terr-${suffix}`, name: `Territoire ${suffix}`, draft: {}, publicationStatus: status, publishedAt: new Date(), departement, region, lat, lng, domainCodes }, select: { id: true, slug: true } });
}

describe("territories", () => {
  it("are found by their INSEE codes only", () => {
    expect(findTerritory("departement", "86")).toMatchObject({ name: "Vienne", region: { code: "75", name: "Nouvelle-Aquitaine" } });
    expect(findTerritory("departement", "2A")?.name).toBe("Corse-du-Sud");
    expect(findTerritory("region", "84")?.departements.map((d) => d.code)).toContain("69");
    expect(findTerritory("departement", "99")).toBeNull();
    expect(findTerritory("region", "86")).toBeNull();
    expect(findTerritory("departement", "2a")).toBeNull();
  });

  it("show the territory's published alliances, the nearest outside, its needs without alliance and its replications", async () => {
    const here = await alliance("23", "75", 46.17, 1.87, ["HOUSING"]);
    const hidden = await alliance("23", "75", 46.18, 1.88, ["FOOD"], "HIDDEN");
    const neighbour = await alliance("87", "75", 45.9, 1.6, ["FOOD"]);
    const recorder = await makeUser("CATALYST", "territoire");
    await db.replication.create({ data: { originId: here.id, replicaId: neighbour.id, status: "CONFIRMED", requestedById: recorder.id, decidedAt: new Date() } });
    const territory = findTerritory("departement", "23")!;
    const view = await territoryView(territory, "fr");

    const published = await db.alliance.count({ where: { publicationStatus: "PUBLISHED", departement: "23" } });
    expect(view.total).toBe(published);
    const slugs = view.alliances.map((a) => a.slug);
    expect(slugs).toContain(here.slug);
    expect(view.alliances.some((a) => a.id === hidden.id)).toBe(false);
    expect(view.outside.length).toBeGreaterThan(0);
    expect(view.outside.every((a) => a.departement !== "23")).toBe(true);
    expect(view.outside.map((a) => a.km)).toEqual([...view.outside.map((a) => a.km)].sort((x, y) => x - y));

    for (const domain of view.domains) {
      expect(domain.here).toBe(await db.alliance.count({ where: { publicationStatus: "PUBLISHED", departement: "23", domainCodes: { has: domain.code } } }));
    }
    const food = view.domains.find((d) => d.code === "FOOD")!;
    if (food.here === 0) expect(food.region).toBeGreaterThan(0); // the neighbour counts in the région, the hidden one nowhere
    expect(view.domains.find((d) => d.code === "HOUSING")!.here).toBeGreaterThan(0);

    expect(view.left.some((r) => r.origin.slug === here.slug && r.replica.slug === neighbour.slug)).toBe(true);
    expect(view.arrived.some((r) => r.replica.slug === neighbour.slug)).toBe(false);
  });
});
