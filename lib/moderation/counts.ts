// What waits for the admins: shown in the admin navigation and on the admin home.
import "server-only";
import { db } from "@/lib/db";

export async function waitingCounts(): Promise<{ reviews: number; reports: number }> {
  const [reviews, reports] = await Promise.all([
    db.alliance.count({ where: { reviewStatus: "PENDING", archivedAt: null } }),
    db.report.count({ where: { status: "OPEN" } }),
  ]);
  return { reviews, reports };
}
