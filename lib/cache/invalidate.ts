// Tells every instance that published content changed: this one at once, the others through
// PostgreSQL NOTIFY (each hears it on its LISTEN connection, lib/cache/listener.ts). Called
// right after the transaction that changed what visitors see has committed.
import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { clearPublishedResults, INVALIDATION_CHANNEL, noteChangeLsn } from "@/lib/cache/published-results";

export async function invalidatePublishedResults(): Promise<void> {
  try {
    // The payload is the WAL position after the change: no replica serves published content
    // to any instance before it has replayed it (ADR 0081).
    const [row] = await db.$queryRaw<{ lsn: string }[]>`
      WITH position AS (SELECT pg_current_wal_lsn()::text AS lsn)
      SELECT lsn, pg_notify(${INVALIDATION_CHANNEL}, lsn)::text AS sent FROM position`;
    noteChangeLsn(row?.lsn);
  } catch (error) {
    // The change is committed; other instances catch up within their caches' 10 s lifetime.
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "cache invalidation not announced");
  }
  // After noting the position: what is recomputed from now on waits for a replica to reach it.
  clearPublishedResults();
}
