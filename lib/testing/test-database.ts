// A database of its own for each test run: on TEST_DATABASE_URL's server when set, else on
// an embedded PostgreSQL kept under .data/test-postgres. Created, migrated, then dropped.
import path from "node:path";
import crypto from "node:crypto";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../database/embedded";
import { dropDatabase, ensureDatabase, withDatabase } from "../database/admin";
import { applyMigrations } from "../database/migrate";
import { DATA_DIR } from "../database/runtime";

export type TestDatabase = { url: string; dispose(): Promise<void> };

/** `cluster` names the embedded server's folder under .data/, so that benchmarks and tests can run side by side. */
export async function createTestDatabase(prefix = "essaim_test", cluster = "test-postgres"): Promise<TestDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(DATA_DIR, cluster) });
    serverUrl = embedded.adminUrl;
  }
  const name = `${prefix}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`;
  const url = withDatabase(serverUrl, name);
  await ensureDatabase(url);
  await applyMigrations(url);
  return {
    url,
    async dispose() {
      await dropDatabase(url).catch((error: unknown) => console.error("drop test database:", error));
      await embedded?.stop();
    },
  };
}
