// Database reachability, for /api/health.
import "server-only";
import { db } from "@/lib/db";

export async function checkDatabase(): Promise<{ up: boolean; latencyMs: number }> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { up: false, latencyMs: Math.round(performance.now() - started) };
  }
}
