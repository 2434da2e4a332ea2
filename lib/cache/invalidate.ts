// Tells every instance that published content changed: this one at once, the others through
// PostgreSQL NOTIFY (each hears it on its LISTEN connection, lib/cache/listener.ts). Called
// right after the transaction that changed what visitors see has committed.
import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { clearPublishedResults, INVALIDATION_CHANNEL } from "@/lib/cache/published-results";

export async function invalidatePublishedResults(): Promise<void> {
  clearPublishedResults();
  try {
    await db.$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${String(process.pid)})`;
  } catch (error) {
    // The change is committed; other instances catch up within their caches' 10 s lifetime.
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "cache invalidation not announced");
  }
}
