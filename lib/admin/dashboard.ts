// Figures to run the network, for the admin home: what waits and since when, decisions
// this month, open reports, new catalysts, published alliances per région.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { listRegions } from "@/lib/geo/communes";
import { startOfParisMonth } from "@/lib/dates/paris";

export type Dashboard = {
  waiting: number;
  oldestWaitingSince: Date | null;
  decisionsThisMonth: { approved: number; rejected: number };
  openReports: number;
  newCatalysts: number;
  byRegion: { code: string; name: string; count: number }[];
};

export const NEW_CATALYST_DAYS = 30;

export async function getDashboard(actor: Pick<CurrentUser, "role">, now = new Date()): Promise<Dashboard> {
  if (!hasRole(actor.role, "ADMIN")) throw new AppError("FORBIDDEN", "Réservé aux administrateurs.");
  const monthStart = startOfParisMonth(now);
  const since = new Date(now.getTime() - NEW_CATALYST_DAYS * 24 * 3600 * 1000);
  const [waiting, oldest, decisions, openReports, newCatalysts, regions] = await Promise.all([
    db.alliance.count({ where: { reviewStatus: "PENDING", archivedAt: null } }),
    db.alliance.findFirst({ where: { reviewStatus: "PENDING", archivedAt: null }, orderBy: { submittedAt: "asc" }, select: { submittedAt: true } }),
    db.moderationDecision.groupBy({ by: ["outcome"], where: { createdAt: { gte: monthStart } }, _count: { _all: true } }),
    db.report.count({ where: { status: "OPEN" } }),
    // Catalysts who joined, or became catalysts, in the last 30 days: accounts created as
    // catalysts, plus role changes and accepted invitations recorded in the audit log.
    db.$queryRaw<{ count: number }[]>`
      SELECT count(DISTINCT id)::int AS count FROM (
        SELECT u.id FROM "User" u WHERE u.role = 'CATALYST' AND u."createdAt" >= ${since}
        UNION
        SELECT l."targetId" FROM "AuditLog" l JOIN "User" u ON u.id = l."targetId"
        WHERE l.action IN ('user.role.change', 'user.invitation.accept') AND l."createdAt" >= ${since}
          AND l.after->>'role' = 'CATALYST' AND u.role = 'CATALYST'
      ) x`,
    db.alliance.groupBy({ by: ["region"], where: { publicationStatus: "PUBLISHED", region: { not: null } }, _count: { _all: true } }),
  ]);
  const names = new Map(listRegions().map((r) => [r.code, r.name]));
  return {
    waiting,
    oldestWaitingSince: oldest?.submittedAt ?? null,
    decisionsThisMonth: {
      approved: decisions.find((d) => d.outcome === "APPROVED")?._count._all ?? 0,
      rejected: decisions.find((d) => d.outcome === "REJECTED")?._count._all ?? 0,
    },
    openReports,
    newCatalysts: newCatalysts[0]?.count ?? 0,
    byRegion: regions
      .map((r) => ({ code: r.region!, name: names.get(r.region!) ?? r.region!, count: r._count._all }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "fr")),
  };
}
