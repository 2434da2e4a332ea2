// Replications against the real database: declared by the replica, confirmed by the
// origin, never to itself nor in a loop, shown as a lineage; only editors act.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { submitAlliance } from "@/lib/alliances/service";
import { approveSubmission } from "@/lib/moderation/service";
import { answerReplication, declareReplication, getLineage, listReplicationLines, searchOrigins } from "./service";

async function refusal(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function published(name?: string) {
  const owner = await makeUser("CATALYST", "owner");
  const admin = await makeUser("ADMIN", "admin");
  const { id, version } = await makeSubmittableAlliance(owner, name);
  await submitAlliance(owner, id, version);
  const revision = await db.allianceRevision.findFirstOrThrow({ where: { allianceId: id, kind: "SUBMIT" } });
  await approveSubmission(admin, id, revision.id);
  return { id, owner };
}

async function link(origin: { id: string; owner: { id: string; role: "CATALYST" | "MEMBER" | "ADMIN" } }, replica: { id: string; owner: { id: string; role: "CATALYST" | "MEMBER" | "ADMIN" } }) {
  await declareReplication(replica.owner, replica.id, origin.id, "Repris après une visite.");
  const row = await db.replication.findUniqueOrThrow({ where: { originId_replicaId: { originId: origin.id, replicaId: replica.id } } });
  await answerReplication(origin.owner, row.id, true);
  return row.id;
}

describe("replications", () => {
  it("is declared by the replica's editors, confirmed by the origin's, once; both are told", async () => {
    const origin = await published();
    const replica = await published();
    await declareReplication(replica.owner, replica.id, origin.id, "");
    const row = await db.replication.findUniqueOrThrow({ where: { originId_replicaId: { originId: origin.id, replicaId: replica.id } } });
    expect(row.status).toBe("PENDING");
    expect(await db.mailMessage.count({ where: { to: { in: [(await db.user.findUniqueOrThrow({ where: { id: origin.owner.id } })).email] }, kind: "replication-declared" } })).toBe(1);
    await refusal(answerReplication(replica.owner, row.id, true), "NOT_FOUND"); // not an editor of the origin
    await answerReplication(origin.owner, row.id, true);
    await refusal(answerReplication(origin.owner, row.id, false), "CONFLICT");
    expect((await db.replication.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("CONFIRMED");
    expect(await db.auditLog.count({ where: { targetId: row.id, action: { in: ["replication.declare", "replication.confirm"] } } })).toBe(2);
    await refusal(declareReplication(replica.owner, replica.id, origin.id, ""), "CONFLICT");
  });

  it("refuses itself, a loop, an unpublished origin and an outsider", async () => {
    const a = await published();
    const b = await published();
    const c = await published();
    await refusal(declareReplication(a.owner, a.id, a.id, ""), "INVALID_INPUT");
    await link(a, b);
    await link(b, c);
    const loop = await refusal(declareReplication(a.owner, a.id, c.id, ""), "INVALID_INPUT");
    expect(loop.message).toContain("boucle");
    const outsider = await makeUser("CATALYST", "outsider");
    await refusal(declareReplication(outsider, b.id, c.id, ""), "NOT_FOUND");
    const draftOwner = await makeUser("CATALYST", "draft");
    const draft = await makeSubmittableAlliance(draftOwner);
    await refusal(declareReplication(c.owner, c.id, draft.id, ""), "NOT_FOUND");
    expect(await db.replication.count({ where: { OR: [{ replicaId: a.id }, { originId: draft.id }] } })).toBe(0);
  });

  it("shows the lineage from the first origin to the replicas of replicas, on both pages", async () => {
    const a = await published("Origine de la lignée");
    const b = await published("Première réplique");
    const c = await published("Réplique de réplique");
    const d = await published("Seconde réplique");
    await link(a, b);
    await link(b, c);
    await link(a, d);
    const fromC = await getLineage(c.id);
    expect(fromC?.id).toBe(a.id);
    expect(fromC?.children.map((n) => n.name)).toEqual(["Première réplique", "Seconde réplique"]);
    expect(fromC?.children[0]?.children[0]).toMatchObject({ id: c.id, current: true });
    expect((await getLineage(a.id))?.children).toHaveLength(2);
    const lonely = await published();
    expect(await getLineage(lonely.id)).toBeNull();
    const lines = await listReplicationLines();
    const pairs = lines.map((l) => `${l.origin.name} → ${l.replica.name}`);
    expect(pairs).toEqual(expect.arrayContaining(["Origine de la lignée → Première réplique", "Première réplique → Réplique de réplique", "Origine de la lignée → Seconde réplique"]));
    expect((await searchOrigins(b.id, "Origine de la lignee")).map((r) => r.id)).toContain(a.id);
  });
});
