// The server's Prisma client (one per process), on node-postgres with an explicit pool.
// Created on first use, so that building the app never needs a database.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

const globalForPrisma = globalThis as unknown as { essaimPrisma?: PrismaClient };

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

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(instance) : value;
  },
});
