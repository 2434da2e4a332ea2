// Proximity in the real database: distances right for known pairs (overseas included),
// nearest first, filters, the radius, and "nearest anyway" when nothing is within it.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { getCommune } from "@/lib/geo/communes";
import { makeUser } from "@/lib/testing/factories";
import { REFERENCES } from "@/lib/testing/reference-distances";
import { peerQuerySchema } from "@/lib/validation/peers";
import { nearbyAlliances, nearbyCatalysts, resolveOrigin } from "./service";

/** A published alliance placed at a commune's coordinates (the trigger computes its location). */
async function publishedAt(insee: string, extra: { domainCodes?: string[]; welcomesVisits?: boolean; status?: "PUBLISHED" | "UNPUBLISHED" } = {}) {
  const commune = getCommune(insee)!;
  const suffix = crypto.randomBytes(5).toString("hex");
  return db.alliance.create({
    data: {
      slug: `proche-${suffix}`,
      name: `Alliance ${commune.name} ${suffix}`,
      draft: {},
      publicationStatus: extra.status ?? "PUBLISHED",
      communeInsee: insee,
      communeName: commune.name,
      departement: commune.departement,
      region: commune.region,
      lat: commune.lat,
      lng: commune.lng,
      domainCodes: extra.domainCodes ?? ["EMPLOYMENT"],
      welcomesVisits: extra.welcomesVisits ?? false,
    },
    select: { id: true, name: true },
  });
}

const query = (params: Record<string, string>) => peerQuerySchema.parse(params);

describe("distances computed by the database", () => {
  it.each(REFERENCES)("%s is within 1 %% of the ellipsoidal distance", async (_name, a, b, km) => {
    const [row] = await db.$queryRaw<{ meters: number }[]>`SELECT earth_distance(ll_to_earth(${a.lat}::float8, ${a.lng}::float8), ll_to_earth(${b.lat}::float8, ${b.lng}::float8)) AS meters`;
    expect(Math.abs(Number(row!.meters) / 1000 - km) / km).toBeLessThan(0.01);
  });
});

describe("nearby alliances", () => {
  // Each test uses a place of its own, far from the others' (the database is shared).
  it("orders published alliances by distance and leaves out unpublished ones", async () => {
    const charenton = await publishedAt("94018");
    const paris = await publishedAt("75056");
    const hidden = await publishedAt("94068", { status: "UNPUBLISHED" }); // Saint-Maurice, closer than Paris
    const origin = resolveOrigin(query({ commune: "94018" }))!;
    const result = await nearbyAlliances(origin, query({ commune: "94018", rayon: "10" }));
    const ids = result.items.map((item) => item.id);
    expect(ids[0]).toBe(charenton.id);
    expect(ids).toContain(paris.id);
    expect(ids).not.toContain(hidden.id);
    expect(result.items[0]!.km).toBeLessThan(0.5);
    expect(result.items.every((item, i) => i === 0 || item.km >= result.items[i - 1]!.km)).toBe(true);
    expect(result.withinRadius).toBe(true);
  });

  it("filters by domain and by welcoming visits", async () => {
    const ageing = await publishedAt("86194", { domainCodes: ["AGEING"], welcomesVisits: true });
    const other = await publishedAt("86194", { domainCodes: ["CULTURE"], welcomesVisits: true });
    const closed = await publishedAt("86194", { domainCodes: ["AGEING"], welcomesVisits: false });
    const origin = resolveOrigin(query({ commune: "86194" }))!;
    const ids = (await nearbyAlliances(origin, query({ commune: "86194", domaine: "AGEING", visites: "1" }))).items.map((i) => i.id);
    expect(ids).toContain(ageing.id);
    expect(ids).not.toContain(other.id);
    expect(ids).not.toContain(closed.id);
  });

  it("overseas: nearest first around Cayenne, and when nothing is within the radius the nearest are shown anyway", async () => {
    const cayenne = await publishedAt("97302", { domainCodes: ["MOBILITY"] });
    const origin = resolveOrigin(query({ commune: "97304" }))!; // Kourou, about 43 km away
    const near = await nearbyAlliances(origin, query({ commune: "97304", domaine: "MOBILITY", rayon: "10" }));
    expect(near.withinRadius).toBe(false);
    expect(near.items[0]!.id).toBe(cayenne.id);
    expect(near.items[0]!.km).toBeGreaterThan(30);
    expect(near.items[0]!.km).toBeLessThan(60);
    const wide = await nearbyAlliances(origin, query({ commune: "97304", domaine: "MOBILITY", rayon: "100" }));
    expect(wide.withinRadius).toBe(true);
    expect(wide.totalWithin).toBeGreaterThanOrEqual(1);
  });

  it("accepts coordinates from the browser, and ignores bad parameters instead of failing", () => {
    expect(resolveOrigin(query({ lat: "46.58", lng: "0.34" }))).toMatchObject({ lat: 46.58, lng: 0.34 });
    expect(query({ lat: "abc", rayon: "7", commune: "<script>", page: "-1" })).toEqual({});
    expect(resolveOrigin(query({ commune: "00000" }))).toBeNull();
  });
});

describe("nearby catalysts", () => {
  it("finds only catalysts who opted in, nearest first", async () => {
    const brest = getCommune("29019")!;
    const open = await makeUser("CATALYST", "ouvert");
    const shy = await makeUser("CATALYST", "discret");
    const member = await makeUser("MEMBER", "membre");
    await db.user.update({ where: { id: open.id }, data: { profilePublic: true, communeInsee: "29019", lat: brest.lat, lng: brest.lng, expertiseDomains: ["DISABILITY"] } });
    await db.user.update({ where: { id: shy.id }, data: { profilePublic: false, communeInsee: "29019", lat: brest.lat, lng: brest.lng } });
    await db.user.update({ where: { id: member.id }, data: { profilePublic: true, communeInsee: "29019", lat: brest.lat, lng: brest.lng } });
    const origin = resolveOrigin(query({ commune: "29019" }))!;
    const ids = (await nearbyCatalysts(origin, query({ commune: "29019", quoi: "catalyseurs" }))).items.map((i) => i.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(shy.id);
    expect(ids).not.toContain(member.id);
  });
});
