// The server's Prisma client (one per process), on node-postgres with an explicit pool.
// Created on first use, so that building the app never needs a database.
//
// With DATABASE_REPLICA_URL, the computations of the published-results cache (directory,
// network figures, impact, nearest peers: public content only) read from the replica, and only
// once it has replayed the latest change this instance knows of; everything else — writes,
// sessions, a user's own pages, right after their own write or not — reads the primary. ADR 0081.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { changeLsn, setPublicReadScope } from "@/lib/cache/published-results";

const globalForPrisma = globalThis as unknown as { essaimPrisma?: PrismaClient; essaimReplica?: PrismaClient | null };

function client(): PrismaClient {
  if (globalForPrisma.essaimPrisma) return globalForPrisma.essaimPrisma;
  const config = env();
  if (!config.DATABASE_URL) {
    throw new Error("DATABASE_URL manquant : démarrez Essaim avec `npm start`, qui fournit la base intégrée.");
  }
  globalForPrisma.essaimPrisma = createPrismaClient({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    connectionTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    reportPressure: true,
    // A dropped connection must never crash the process: log it, the pool reconnects.
    onPoolError: (error) => logger.warn({ err: error.message }, "database connection lost"),
  });
  return globalForPrisma.essaimPrisma;
}

function replica(): PrismaClient | null {
  if (globalForPrisma.essaimReplica !== undefined) return globalForPrisma.essaimReplica;
  const config = env();
  globalForPrisma.essaimReplica = config.DATABASE_REPLICA_URL
    ? createPrismaClient({
        url: config.DATABASE_REPLICA_URL,
        poolSize: config.DATABASE_POOL_SIZE,
        connectionTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
        onPoolError: (error) => logger.warn({ err: error.message }, "replica connection lost"),
      })
    : null;
  return globalForPrisma.essaimReplica;
}

// Inside a public computation, `db` is the replica.
const publicRead = new AsyncLocalStorage<PrismaClient>();
let caughtUpTo: string | null = null;

/** Whether the replica has replayed the latest change known here (asked once per change). */
async function replicaCaughtUp(reader: PrismaClient): Promise<boolean> {
  const target = changeLsn();
  if (!target) return false;
  if (caughtUpTo === target) return true;
  try {
    const [row] = await reader.$queryRaw<{ ok: boolean }[]>`SELECT COALESCE(pg_last_wal_replay_lsn() >= ${target}::pg_lsn, false) AS ok`;
    if (row?.ok) caughtUpTo = target;
    return row?.ok ?? false;
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "replica unavailable, reading the primary");
    return false;
  }
}

setPublicReadScope(async (compute) => {
  const reader = replica();
  if (!reader || !(await replicaCaughtUp(reader))) return compute();
  return publicRead.run(reader, compute);
});

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = publicRead.getStore() ?? client();
    const value = Reflect.get(instance, property, instance) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(instance) : value;
  },
});
