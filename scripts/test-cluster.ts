// `npm run test:cluster`: starts the cluster (scripts/lib/cluster.ts) on fresh data, then proves
// it behaves as one site: the browser checks of e2e-cluster/ (session on every instance, an
// approval seen by the others within 1 s, shared rate limits, replica reads), then load through
// nginx: one instance killed under load costs no failed request beyond those in flight, and the
// throughput with one and with two instances, printed as a ratio. Ends with "N passed, N failed".
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { startCluster, stopEverything, type Cluster } from "./lib/cluster";
import { ensureChromium } from "./lib/browser";
import { DATA_DIR } from "../lib/database/runtime";

type Check = { name: string; ok: boolean; detail: string };
const checks: Check[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  console.log(`  ${ok ? "✓" : "✗"} ${name} — ${detail}`);
};

async function publicMix(cluster: Cluster): Promise<{ method: "GET"; path: string }[]> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: cluster.directUrl });
  await client.connect();
  const slugs = (await client.query<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' ORDER BY slug LIMIT 6`)).rows.map((row) => row.slug);
  await client.end();
  const paths = ["/", "/alliances", "/alliances?region=75", "/impact", "/trouver-un-pair?commune=86194", "/reseau/essaimage", "/bench-baseline", ...slugs.map((slug) => `/alliances/${slug}`)];
  return paths.map((p) => ({ method: "GET" as const, path: p }));
}

async function load(url: string, requests: { method: "GET"; path: string }[], seconds: number, connections = 20) {
  // A generous client timeout: on a loaded machine a slow answer is not a failed one.
  const result = await autocannon({ url, requests, connections, duration: seconds, timeout: 30 });
  return { rps: result.requests.average, total: result.requests.total, failed: result.errors + result.timeouts + result.non2xx, p99: result.latency.p99 };
}

async function main(): Promise<number> {
  const chromiumPath = ensureChromium();
  const dataDir = path.join(DATA_DIR, "cluster-test");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  const cluster = await startCluster({ dataDir, instances: 3 });
  console.log(`Cluster prêt en ${Math.round((Date.now() - started) / 1000)} s : ${cluster.url}, instances ${cluster.instances.map((i) => i.url).join(", ")}`);
  try {
    // 1. Browser checks.
    fs.mkdirSync("test-results", { recursive: true });
    const code = await new Promise<number>((resolve) => {
      const child = spawn("npx", ["playwright", "test", "-c", "playwright.cluster.config.ts", ...process.argv.slice(2)], {
        stdio: "inherit",
        env: {
          ...process.env,
          E2E_BASE_URL: cluster.url,
          E2E_DATABASE_URL: cluster.directUrl,
          CLUSTER_INSTANCES: cluster.instances.map((instance) => instance.url).join(","),
          CLUSTER_REPLICA_URL: cluster.replicaDirectUrl ?? "",
          E2E_CHROMIUM_PATH: chromiumPath.includes("ms-playwright") ? "" : chromiumPath,
        },
      });
      child.on("exit", (status) => resolve(status ?? 1));
    });
    try {
      const report = JSON.parse(fs.readFileSync("test-results/cluster.json", "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
      for (let i = 0; i < report.stats.expected + report.stats.flaky; i += 1) checks.push({ name: "browser", ok: true, detail: "" });
      for (let i = 0; i < report.stats.unexpected; i += 1) checks.push({ name: "browser", ok: false, detail: "" });
    } catch {
      checks.push({ name: "browser report", ok: false, detail: "test-results/cluster.json unreadable" });
    }
    if (code !== 0 && !checks.some((c) => !c.ok)) checks.push({ name: "playwright", ok: false, detail: `exit ${code}` });

    // 2. Load through nginx.
    console.log("\nCharge à travers nginx (pages publiques et page nue, 20 connexions) :");
    const mix = await publicMix(cluster);
    await load(cluster.url, mix, 3); // warm-up
    const bare = [{ method: "GET" as const, path: "/bench-baseline" }];
    await cluster.balance(1);
    const oneMix = await load(cluster.url, mix, 10);
    const oneBare = await load(cluster.url, bare, 10);
    await cluster.balance(2);
    await load(cluster.url, bare, 2); // the second instance warms up
    const twoMix = await load(cluster.url, mix, 10);
    const twoBare = await load(cluster.url, bare, 10);
    console.log(`  public mix:  1 instance ${oneMix.rps.toFixed(0)} req/s, 2 instances ${twoMix.rps.toFixed(0)} req/s → ×${(twoMix.rps / oneMix.rps).toFixed(2)}`);
    console.log(`  bare page:   1 instance ${oneBare.rps.toFixed(0)} req/s, 2 instances ${twoBare.rps.toFixed(0)} req/s → ×${(twoBare.rps / oneBare.rps).toFixed(2)} (2 shared cores: no target)`);
    check("throughput measured with one and two instances", oneMix.failed + oneBare.failed + twoMix.failed + twoBare.failed === 0 && oneMix.total > 0 && twoMix.total > 0, `failed requests ${oneMix.failed + oneBare.failed + twoMix.failed + twoBare.failed}`);

    // One instance killed (SIGKILL) 4 s into 12 s of load over all three.
    await cluster.balance(3);
    const victim = cluster.instances[2]!;
    const connections = 20;
    const running = load(cluster.url, mix, 12, connections);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await victim.kill("SIGKILL");
    const killed = await running;
    // At most every connection had a request in flight on the killed instance; nginx sends the
    // idempotent ones (all of these are GET) to another instance, so in practice none fails.
    check(
      "an instance killed under load costs no failed request beyond those in flight",
      killed.failed <= connections && killed.total > 0,
      `${killed.failed} failed of ${killed.total} (bound: ${connections} in flight), ${killed.rps.toFixed(0)} req/s, p99 ${killed.p99} ms`,
    );
    const after = await load(cluster.url, mix, 3, 10);
    check("the two survivors answer everything afterwards", after.failed === 0 && after.total > 0, `${after.failed} failed of ${after.total}`);
  } finally {
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && checks.length > 0 ? 0 : 1;
}

process.once("SIGINT", () => void stopEverything().then(() => process.exit(130)));
main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await stopEverything();
    process.exit(1);
  },
);
