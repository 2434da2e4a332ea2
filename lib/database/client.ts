// Builds a Prisma client on node-postgres with an explicit pool (size, timeouts) that
// survives the database going away: pool errors are logged, never thrown at the process.
// The pool reports its pressure (requests waiting for a connection, and since when) to
// server.ts, which answers 503 rather than letting requests queue: see poolPressure().
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { registerPoolPressure } from "@/lib/database/pressure";

export type CreateClientOptions = {
  url: string;
  poolSize?: number;
  connectionTimeoutMs?: number;
  statementTimeoutMs?: number;
  onPoolError?: (error: Error) => void;
};

/** A pool that counts who waits for a connection and when one gave up. */
function watchedPool(config: pg.PoolConfig, register: boolean): { pool: pg.Pool; connectionLost(): void } {
  const pool = new pg.Pool(config);
  const waits = new Set<number>();
  let lastTimeoutAt = 0;
  let lastConnectionLostAt = 0;
  pool.on("error", () => void (lastConnectionLostAt = Date.now()));
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  const settle = (token: number, error: unknown) => {
    waits.delete(token);
    if (!error) return;
    const message = String((error as Error)?.message);
    if (/timeout exceeded when trying to connect/i.test(message)) lastTimeoutAt = Date.now();
    else if (/ECONNREFUSED|ECONNRESET|Connection terminated/i.test(message)) lastConnectionLostAt = Date.now();
  };
  // Both forms: the promise (transactions) and the callback one (pool.query, which Prisma uses).
  (pool as unknown as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) => {
    const token = Date.now() + Math.random();
    waits.add(token);
    const callback = args[0];
    if (typeof callback === "function") {
      return connect((error: unknown, ...rest: unknown[]) => {
        settle(token, error);
        return (callback as (...a: unknown[]) => unknown)(error, ...rest);
      });
    }
    return (connect() as Promise<pg.PoolClient>).then(
      (client) => {
        settle(token, null);
        return client;
      },
      (error: unknown) => {
        settle(token, error);
        throw error;
      },
    );
  };
  if (register) {
    registerPoolPressure(() => {
      let oldest: number | null = null;
      // Only those still queued count: a connection being opened is not pressure.
      if (pool.waitingCount > 0) for (const token of waits) oldest = oldest === null ? Math.floor(token) : Math.min(oldest, Math.floor(token));
      return { waiting: pool.waitingCount, oldestWaitSince: oldest, lastTimeoutAt, lastConnectionLostAt };
    });
  }
  return { pool, connectionLost: () => void (lastConnectionLostAt = Date.now()) };
}

export function createPrismaClient(options: CreateClientOptions & { reportPressure?: boolean }): PrismaClient {
  const { pool, connectionLost } = watchedPool(
    {
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs ?? 15_000,
      application_name: "essaim",
    },
    options.reportPressure ?? false,
  );
  pool.on("error", (error) => options.onPoolError?.(error));
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    onPoolError: (error) => options.onPoolError?.(error),
    onConnectionError: (error) => {
      connectionLost();
      options.onPoolError?.(error);
    },
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
