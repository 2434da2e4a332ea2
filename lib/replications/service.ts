// Replications: alliance B declares it was started from alliance A's model; A's editors
// confirm or decline. Confirmed links make lineages (origin → replicas → their replicas)
// and the network's replication map. A link never points to itself nor closes a loop.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanEditAlliance } from "@/lib/alliances/authz";
import { invalidatePublishedResults } from "@/lib/cache/invalidate";
import { notifyEditors } from "@/lib/moderation/notify";
import { plainText } from "@/lib/validation/alliance";

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

const noteSchema = plainText(1000).default("");

/** Whether `ancestor` is `alliance` itself or one of its origins, through pending or confirmed links. */
async function isAncestorOrSelf(tx: Tx, ancestor: string, alliance: string): Promise<boolean> {
  if (ancestor === alliance) return true;
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT r."originId", 1 FROM "Replication" r WHERE r."replicaId" = ${alliance} AND r.status <> 'DECLINED'
      UNION
      SELECT r."originId", up.depth + 1 FROM "Replication" r JOIN up ON r."replicaId" = up.id WHERE r.status <> 'DECLINED' AND up.depth < 50
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${ancestor}) AS found`;
  return rows[0]?.found ?? false;
}

/** The replica's editors declare it comes from `originId`; the origin's editors are asked to confirm. */
export async function declareReplication(actor: Actor, replicaId: string, originId: string, note: unknown): Promise<void> {
  const parsedNote = noteSchema.safeParse(note ?? "");
  if (!parsedNote.success) throw new AppError("INVALID_INPUT", "Le message est à corriger.", { fieldErrors: { note: parsedNote.error.issues.map((i) => i.message) } });
  if (replicaId === originId) throw new AppError("INVALID_INPUT", "Une alliance ne peut pas être née de son propre modèle.");
  const origin = await db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, actor, replicaId);
    // Replication writes are rare: one at a time, so two crossing declarations cannot make a loop.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('essaim.replication'))`;
    const origin = await tx.alliance.findUnique({ where: { id: originId }, select: { name: true, publicationStatus: true } });
    if (!origin || origin.publicationStatus !== "PUBLISHED") throw new AppError("NOT_FOUND", "L'alliance d'origine doit être publiée.");
    if (await isAncestorOrSelf(tx, replicaId, originId)) {
      throw new AppError("INVALID_INPUT", "Ce lien fermerait une boucle : l'alliance d'origine est elle-même issue de celle-ci.");
    }
    try {
      const replication = await tx.replication.create({ data: { originId, replicaId, requestedById: actor.id, note: parsedNote.data || null }, select: { id: true } });
      await audit(tx, { actorId: actor.id, action: "replication.declare", targetType: "Replication", targetId: replication.id, after: { originId, replicaId } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Ce lien est déjà déclaré.");
      throw error;
    }
    return origin;
  });
  const replica = await db.alliance.findUnique({ where: { id: replicaId }, select: { draft: true } });
  await notifyEditors(originId, {
    kind: "replication-declared",
    subject: `« ${(replica?.draft as { name?: string } | null)?.name ?? "Une alliance"} » dit être née du modèle de « ${origin.name} »`,
    body: `Une alliance déclare avoir repris le modèle de « ${origin.name} ». Confirmez ou déclinez ce lien depuis votre espace : une fois confirmé, il apparaît sur les deux pages publiques.`,
    link: `/espace/alliances/${originId}/filiation`,
  });
}

/** The origin's editors confirm or decline a pending declaration (decided once). */
export async function answerReplication(actor: Actor, replicationId: string, accept: boolean): Promise<void> {
  const result = await db.$transaction(async (tx) => {
    const replication = await tx.replication.findUnique({ where: { id: replicationId }, select: { originId: true, replicaId: true } });
    if (!replication) throw new AppError("NOT_FOUND", "Cette déclaration n'existe pas.");
    await assertCanEditAlliance(tx, actor, replication.originId);
    const status = accept ? "CONFIRMED" : "DECLINED";
    const updated = await tx.replication.updateMany({ where: { id: replicationId, status: "PENDING" }, data: { status, decidedById: actor.id, decidedAt: new Date() } });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Cette déclaration a déjà reçu une réponse.");
    await audit(tx, { actorId: actor.id, action: accept ? "replication.confirm" : "replication.decline", targetType: "Replication", targetId: replicationId, before: { status: "PENDING" }, after: { status } });
    return replication;
  });
  // Both public pages and the network view show confirmed replications.
  if (accept) await invalidatePublishedResults();
  await notifyEditors(result.replicaId, {
    kind: accept ? "replication-confirmed" : "replication-declined",
    subject: accept ? "Votre filiation est confirmée" : "Votre filiation n'a pas été confirmée",
    body: accept
      ? "L'alliance d'origine a confirmé que la vôtre est née de son modèle : le lien apparaît sur les deux pages publiques."
      : "L'alliance d'origine n'a pas confirmé le lien déclaré.",
    link: `/espace/alliances/${result.replicaId}/filiation`,
  });
}

export type ReplicationRow = { id: string; status: string; note: string | null; createdAt: Date; other: { id: string; name: string; slug: string } };

/** For the workspace: what this alliance declared (its origins) and what others declared about it. */
export async function listReplications(actor: Actor, allianceId: string): Promise<{ origins: ReplicationRow[]; replicas: ReplicationRow[] }> {
  await db.$transaction((tx) => assertCanEditAlliance(tx, actor, allianceId));
  const select = { id: true, status: true, note: true, createdAt: true, origin: { select: { id: true, name: true, slug: true } }, replica: { select: { id: true, name: true, slug: true, draft: true } } } as const;
  const [origins, replicas] = await Promise.all([
    db.replication.findMany({ where: { replicaId: allianceId }, orderBy: { createdAt: "desc" }, select }),
    db.replication.findMany({ where: { originId: allianceId }, orderBy: { createdAt: "desc" }, select }),
  ]);
  return {
    origins: origins.map((r) => ({ id: r.id, status: r.status, note: r.note, createdAt: r.createdAt, other: r.origin })),
    replicas: replicas.map((r) => ({ id: r.id, status: r.status, note: r.note, createdAt: r.createdAt, other: { id: r.replica.id, slug: r.replica.slug, name: (r.replica.draft as { name?: string }).name || r.replica.name } })),
  };
}

/** Published alliances whose name looks like `q`, to pick an origin (never the alliance itself). */
export async function searchOrigins(allianceId: string, q: string): Promise<{ id: string; name: string; communeName: string | null }[]> {
  const text = q.trim().slice(0, 100);
  if (text.length < 2) return [];
  return db.$queryRaw`
    SELECT id, name, "communeName" FROM "Alliance"
    WHERE "publicationStatus" = 'PUBLISHED' AND id <> ${allianceId}
      AND (name % ${text} OR unaccent(lower(name)) LIKE '%' || unaccent(lower(${text})) || '%')
    ORDER BY similarity(name, ${text}) DESC, name
    LIMIT 10`;
}

export type LineageNode = { id: string; slug: string; name: string; communeName: string | null; current: boolean; children: LineageNode[] };

/**
 * The lineage of an alliance among published ones and confirmed links: from its first
 * origin down to the replicas of its replicas. Null when it has neither origin nor replica.
 */
export async function getLineage(allianceId: string): Promise<LineageNode | null> {
  const rows = await db.$queryRaw<{ id: string; parent: string | null; slug: string; name: string; communeName: string | null }[]>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${allianceId}::text, 0
      UNION
      SELECT r."originId", up.depth + 1 FROM "Replication" r JOIN up ON r."replicaId" = up.id
      JOIN "Alliance" o ON o.id = r."originId" AND o."publicationStatus" = 'PUBLISHED'
      WHERE r.status = 'CONFIRMED' AND up.depth < 20
    ),
    root AS (SELECT id FROM up ORDER BY depth DESC, id LIMIT 1),
    down(id, parent, depth) AS (
      SELECT id, NULL::text, 0 FROM root
      UNION
      SELECT r."replicaId", r."originId", down.depth + 1 FROM "Replication" r JOIN down ON r."originId" = down.id
      JOIN "Alliance" c ON c.id = r."replicaId" AND c."publicationStatus" = 'PUBLISHED'
      WHERE r.status = 'CONFIRMED' AND down.depth < 6
    )
    SELECT DISTINCT ON (d.id) d.id, d.parent, a.slug, a.name, a."communeName" FROM down d JOIN "Alliance" a ON a.id = d.id ORDER BY d.id, d.depth`;
  if (rows.length <= 1) return null;
  const nodes = new Map<string, LineageNode>(rows.map((row) => [row.id, { id: row.id, slug: row.slug, name: row.name, communeName: row.communeName, current: row.id === allianceId, children: [] }]));
  let root: LineageNode | null = null;
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    if (row.parent && nodes.has(row.parent)) nodes.get(row.parent)!.children.push(node);
    else root ??= node;
  }
  const sort = (node: LineageNode) => {
    node.children.sort((a, b) => a.name.localeCompare(b.name, "fr"));
    node.children.forEach(sort);
  };
  if (root) sort(root);
  return root;
}

export type ReplicationLine = { id: string; origin: { slug: string; name: string; lat: number; lng: number }; replica: { slug: string; name: string; lat: number; lng: number }; decidedAt: Date | null };

/** Confirmed replications between published, located alliances, for the network map. */
export async function listReplicationLines(): Promise<ReplicationLine[]> {
  const rows = await db.replication.findMany({
    where: { status: "CONFIRMED", origin: { publicationStatus: "PUBLISHED", lat: { not: null } }, replica: { publicationStatus: "PUBLISHED", lat: { not: null } } },
    orderBy: { decidedAt: "desc" },
    take: 2000,
    select: { id: true, decidedAt: true, origin: { select: { slug: true, name: true, lat: true, lng: true } }, replica: { select: { slug: true, name: true, lat: true, lng: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    decidedAt: r.decidedAt,
    origin: { slug: r.origin.slug, name: r.origin.name, lat: r.origin.lat!, lng: r.origin.lng! },
    replica: { slug: r.replica.slug, name: r.replica.name, lat: r.replica.lat!, lng: r.replica.lng! },
  }));
}
