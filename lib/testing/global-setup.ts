// Vitest global setup: one fresh, migrated database for the run, dropped at the end.
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";
import { createPrismaClient } from "../database/client";
import { DOMAINS } from "../reference/domains";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("essaim_unit");
  // Reference data every test may rely on (the domain list is fixed, not test data).
  const db = createPrismaClient({ url: database.url, poolSize: 1 });
  await db.domain.createMany({ data: [...DOMAINS], skipDuplicates: true });
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.dispose();
  };
}
