// Builds a Prisma client on node-postgres with an explicit pool (size, timeouts) that
// survives the database going away: pool errors are logged, never thrown at the process.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type CreateClientOptions = {
  url: string;
  poolSize?: number;
  connectionTimeoutMs?: number;
  statementTimeoutMs?: number;
  onPoolError?: (error: Error) => void;
};

export function createPrismaClient(options: CreateClientOptions): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs ?? 15_000,
      application_name: "essaim",
    },
    {
      onPoolError: (error) => options.onPoolError?.(error),
      onConnectionError: (error) => options.onPoolError?.(error),
    },
  );
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
