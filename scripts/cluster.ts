// `npm run cluster [-- --instances 2] [-- --no-replica]`: the production layout for several
// machines on this one (scripts/lib/cluster.ts): nginx on http://localhost:3170 in front of
// the app instances, PgBouncer in transaction mode, PostgreSQL and its streaming replica.
// Ctrl-C stops everything; the data stays in .data/cluster (delete it to start afresh).
import { startCluster, stopEverything } from "./lib/cluster";

const argValue = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : undefined;
};

async function main() {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nArrêt du cluster…");
    await stopEverything();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  const cluster = await startCluster({ instances: argValue("--instances"), replica: !process.argv.includes("--no-replica") });
  console.log(`\nCluster Essaim prêt : ${cluster.url} (nginx)`);
  for (const instance of cluster.instances) console.log(`  instance ${instance.index + 1} : ${instance.url} (pid ${instance.pid()})`);
  console.log(`  PgBouncer (mode transaction) : ${cluster.pooledUrl.replace(/:[^:@/]+@/, ":…@")}`);
  console.log(`  PostgreSQL principal (direct) : ${cluster.directUrl.replace(/:[^:@/]+@/, ":…@")}`);
  if (cluster.replicaDirectUrl) console.log(`  réplique en streaming : ${cluster.replicaDirectUrl.replace(/:[^:@/]+@/, ":…@")}`);
  console.log(cluster.workers ? `  ${cluster.workers} workers de tâches (npm run worker)` : "  pas encore de workers de tâches (npm run worker n'existe pas) : ils démarreront ici dès qu'il existera");
  console.log("Journaux : .data/cluster/logs/. Comptes de démonstration : admin@essaim.test, catalyseur@essaim.test, membre@essaim.test (liens dans /boite-d-envoi). Ctrl-C pour arrêter.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
