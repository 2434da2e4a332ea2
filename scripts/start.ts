// `npm start`: build when needed, start the database (embedded unless DATABASE_URL is set),
// migrate, seed on first start, then serve on http://localhost:$PORT (3000 by default).
import { parseEnv, InvalidEnvironmentError } from "../lib/env";
import { resolveDatabase } from "../lib/database/runtime";
import { applyMigrations } from "../lib/database/migrate";
import { buildIfNeeded, ensureAuthSecret, ensurePrismaClient } from "./lib/project";

async function main() {
  const dev = process.argv.includes("--dev");
  const mutableEnv = process.env as Record<string, string | undefined>;
  mutableEnv.NODE_ENV ??= dev ? "development" : "production";
  const config = parseEnv(process.env);
  ensurePrismaClient();
  ensureAuthSecret();
  if (!dev) buildIfNeeded();

  // Restarts of the embedded PostgreSQL (it is watched over: lib/database/embedded.ts) are logged.
  // ESSAIM_DB_LOG=1 also prints PostgreSQL's own log (the fault battery times its recovery).
  const database = await resolveDatabase({
    events: (message) => console.warn(message.trim()),
    log: process.env.ESSAIM_DB_LOG === "1" ? (message) => console.warn(message.trim()) : undefined,
  });
  const running: { server?: { close(): Promise<void> } } = {};
  const stop = async (code = 0) => {
    // A terminal's Ctrl-C reaches PostgreSQL too: it is not to be restarted now.
    database.embedded?.stopSupervising();
    // The server first (it ends its connections), then the database it was using.
    await running.server?.close().catch(() => {});
    await database.close().catch(() => {});
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));

  // Migrations, the seed check and LISTEN need a real session: behind PgBouncer in transaction
  // mode they use DATABASE_DIRECT_URL.
  const directUrl = config.DATABASE_DIRECT_URL ?? database.url;
  const applied = await applyMigrations(directUrl);
  if (applied.length) console.log(`Migrations appliquées : ${applied.join(", ")}`);
  process.env.DATABASE_URL = database.url;

  const { isSeeded } = await import("../prisma/seed/status");
  const { runSeed } = await import("../prisma/seed/run");
  if (!(await isSeeded(directUrl))) {
    // The embedded database is the demo: it gets the demo data. A real database (DATABASE_URL)
    // only gets the reference lists, unless ESSAIM_SEED_DEMO=1 asks for the demo too.
    const demo = database.embedded !== null || process.env.ESSAIM_SEED_DEMO === "1";
    console.log(demo ? "Première mise en route : chargement des données de démonstration…" : "Première mise en route : listes de référence…");
    await runSeed(directUrl, demo ? [] : ["--reference-only"]);
    // The seed wrote a lot: a checkpoint now, so that a crash soon after does not replay it all.
    if (database.embedded) await checkpoint(database.url);
  }

  const { startServer } = await import("../server");
  running.server = await startServer({ port: config.PORT, dev, databaseUrl: database.url, listenUrl: directUrl });
  console.log(`\nEssaim est prêt : http://localhost:${config.PORT}`);
  if (database.embedded) console.log(`Base intégrée : PostgreSQL sur 127.0.0.1:${database.embedded.port} (données dans .data/postgres)`);
  if (!config.SMTP_URL) {
    console.log(
      `Pas de SMTP configuré : les e-mails (liens de connexion compris) vont dans la boîte d'envoi locale, http://localhost:${config.PORT}/boite-d-envoi\n` +
        "Comptes de démonstration : admin@essaim.test (administrateur), catalyseur@essaim.test (catalyseur), membre@essaim.test (membre).",
    );
  }
}

async function checkpoint(url: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("CHECKPOINT").finally(() => client.end());
}

main().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
