// Reading the append-only audit log (admins): filters, pages, readable targets, CSV export.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import type { AuditFilters } from "@/lib/validation/audit";
import { csvLine } from "@/lib/csv";
import { parisMidnight } from "@/lib/dates/paris";

export const AUDIT_PAGE_SIZE = 50;
const EXPORT_CHUNK = 1000;
export const EXPORT_MAX_ROWS = 200_000;

type Actor = Pick<CurrentUser, "id" | "role">;

function assertAdmin(actor: Actor): void {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
}

async function where(filters: AuditFilters): Promise<Prisma.AuditLogWhereInput> {
  const conditions: Prisma.AuditLogWhereInput[] = [];
  if (filters.acteur) {
    const text = filters.acteur;
    const actors = await db.user.findMany({
      where: { OR: [{ id: text }, { email: { contains: text, mode: "insensitive" } }, { publicName: { contains: text, mode: "insensitive" } }, { name: { contains: text, mode: "insensitive" } }] },
      select: { id: true },
      take: 200,
    });
    conditions.push({ actorId: { in: actors.map((a) => a.id) } });
  }
  if (filters.cible) conditions.push({ OR: [{ targetId: filters.cible }, { targetType: filters.cible }] });
  if (filters.action) conditions.push(filters.action.endsWith(".") ? { action: { startsWith: filters.action } } : { action: filters.action });
  if (filters.du) conditions.push({ createdAt: { gte: parisMidnight(filters.du) } });
  if (filters.au) {
    const next = new Date(filters.au + "T00:00:00Z");
    next.setUTCDate(next.getUTCDate() + 1);
    conditions.push({ createdAt: { lt: parisMidnight(next.toISOString().slice(0, 10)) } });
  }
  return conditions.length ? { AND: conditions } : {};
}

export type JournalEntry = {
  id: string;
  at: Date;
  actor: { name: string; email: string } | null;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string | null;
  before: unknown;
  after: unknown;
};

const SELECT = { id: true, createdAt: true, action: true, targetType: true, targetId: true, before: true, after: true, actor: { select: { email: true, publicName: true, name: true } } } as const;
type Row = Prisma.AuditLogGetPayload<{ select: typeof SELECT }>;

/** Readable labels for the targets of a batch of entries (one query per target type). */
async function withLabels(rows: Row[]): Promise<JournalEntry[]> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const [alliances, users] = await Promise.all([
    db.alliance.findMany({ where: { id: { in: ids("Alliance") } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, email: true } }),
  ]);
  const labels = new Map<string, string>([...alliances.map((a) => [a.id, a.name] as const), ...users.map((u) => [u.id, u.email] as const)]);
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.createdAt,
    actor: row.actor ? { name: row.actor.publicName ?? row.actor.name ?? row.actor.email, email: row.actor.email } : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: labels.get(row.targetId) ?? ((row.after as { email?: string } | null)?.email ?? null),
    before: row.before,
    after: row.after,
  }));
}

export async function searchAuditLog(actor: Actor, filters: AuditFilters): Promise<{ entries: JournalEntry[]; total: number; page: number; pageCount: number }> {
  assertAdmin(actor);
  const page = filters.page ?? 1;
  const condition = await where(filters);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where: condition, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: SELECT }),
    db.auditLog.count({ where: condition }),
  ]);
  return { entries: await withLabels(rows), total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export const CSV_HEADER = ["date", "acteur", "e-mail de l'acteur", "action", "type de cible", "identifiant de cible", "cible", "avant", "après"];

const stamp = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "medium" });

/** The whole filtered log as CSV lines (`;`-separated, newest first), in chunks. */
export async function* auditLogCsv(actor: Actor, filters: AuditFilters): AsyncGenerator<string> {
  assertAdmin(actor);
  const condition = await where(filters);
  yield csvLine(CSV_HEADER);
  let cursor: bigint | null = null;
  for (let sent = 0; sent < EXPORT_MAX_ROWS; sent += EXPORT_CHUNK) {
    const rows: Row[] = await db.auditLog.findMany({
      where: cursor === null ? condition : { AND: [condition, { id: { lt: cursor } }] },
      orderBy: { id: "desc" },
      take: EXPORT_CHUNK,
      select: SELECT,
    });
    if (!rows.length) return;
    const entries = await withLabels(rows);
    yield entries
      .map((e) => csvLine([stamp.format(e.at), e.actor?.name ?? "", e.actor?.email ?? "", e.action, e.targetType, e.targetId, e.targetLabel ?? "", e.before, e.after]))
      .join("");
    cursor = rows[rows.length - 1]!.id;
    if (rows.length < EXPORT_CHUNK) return;
  }
}
