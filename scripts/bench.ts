// `npm run bench [-- --alliances 100000]`: builds a database of that many published
// alliances, then prints (1) the seed time, (2) database time of directory searches
// (text + two filters) as p50/p95 and as a ratio to a `SELECT 1` round trip measured in
// the same run, with the query plan, (3) the 20 nearest published alliances with a domain
// filter (find a peer), same measures, (4) the directory and find-a-peer pages' throughput
// as a ratio to a bare dynamic page of the same server, and (5) unless --no-million, the
// nearest-20 query again among 1,000,000 alliances, (6) unless --no-load, the mixed load of
// scripts/bench/load.ts. The machine is shared: read the ratios.
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import pg from "pg";
import autocannon from "autocannon";
import { benchImpactPages } from "./bench/impact-pages";
import { createTestDatabase } from "../lib/testing/test-database";
import { findFreePort } from "../lib/database/embedded";
import { buildIfNeeded, ensurePrismaClient } from "./lib/project";
import { createPrismaClient } from "../lib/database/client";
import { directoryPageSql } from "../lib/alliances/directory-sql";
import { directoryQuerySchema } from "../lib/validation/directory";
import { nearestAlliancesSql } from "../lib/peers/nearby-sql";
import { allCommunes } from "../lib/geo/communes";
import { measureLoad } from "./bench/load";

const argValue = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ALLIANCES = argValue("--alliances", 100_000);
const ITERATIONS = argValue("--iterations", 300);
const DURATION = argValue("--duration", 10);
const MILLION = !process.argv.includes("--no-million");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function main() {
  ensurePrismaClient();
  const database = await createTestDatabase("essaim_bench", "bench-postgres");
  try {
    // Seeded by `npm run db:seed` in a child process: the measuring process (and the server
    // it starts) must not carry the seed's heap, whose garbage collection skewed the timings.
    let started = performance.now();
    seed(database.url, ["--quiet"]);
    const demoSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    seed(database.url, ["--quiet", "--alliances", String(ALLIANCES)]);
    const volumeSeconds = (performance.now() - started) / 1000;
    console.log(`\nSeed: demo set ${demoSeconds.toFixed(1)} s; +${ALLIANCES.toLocaleString("fr-FR")} generated alliances ${volumeSeconds.toFixed(1)} s (${Math.round(ALLIANCES / volumeSeconds)} alliances/s)`);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    // What autovacuum does in the steady state after a bulk load (visibility map, GIN pending list).
    await client.query("VACUUM ANALYZE");
    const count = Number((await client.query(`SELECT count(*)::int AS count FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED'`)).rows[0]?.count ?? 0);
    const words = ["numerique seniors", "emploi insertion", "handicap", "alimentation locale", "mobilite solidaire", "jeunes", "precarite", "culture", "sante", "environnement"];
    const combos = (await client.query(`SELECT d AS domain, region FROM (SELECT DISTINCT unnest("domainCodes") d, region FROM "Alliance" WHERE region IS NOT NULL) x ORDER BY d, region`)).rows as { domain: string; region: string }[];
    const searches = Array.from({ length: ITERATIONS }, (_, i) => {
      const combo = combos[crypto.randomInt(combos.length)]!;
      return directoryQuerySchema.parse({ q: words[i % words.length], domaine: combo.domain, region: combo.region });
    });
    // The very SQL the directory page runs (lib/alliances/directory-sql.ts), through Prisma.
    const prisma = createPrismaClient({ url: database.url, poolSize: 2 });
    for (const search of searches.slice(0, 20)) await prisma.$queryRaw(directoryPageSql(search, "fulltext", 0)); // warm-up
    const baseline: number[] = [];
    const directory: number[] = [];
    for (const search of searches) {
      baseline.push(await time(() => prisma.$queryRaw`SELECT 1`));
      directory.push(await time(() => prisma.$queryRaw(directoryPageSql(search, "fulltext", 0))));
    }
    await prisma.$disconnect();
    const sample = directoryPageSql(directoryQuerySchema.parse({ q: "numerique seniors", domaine: "AGEING", region: "75" }), "fulltext", 0);
    const plan = (await client.query(`EXPLAIN ${sample.text.replace(/\$(\d+)/g, (_, n: string) => `'${String(sample.values[Number(n) - 1]).replace(/'/g, "''")}'`)}`)).rows.map((r: { "QUERY PLAN": string }) => r["QUERY PLAN"]);
    console.log(`\nDirectory search, text + domain + région, page and total in one query (${ITERATIONS} searches over ${count.toLocaleString("fr-FR")} published alliances):`);
    console.log(`  database time p50 ${percentile(directory, 50).toFixed(2)} ms, p95 ${percentile(directory, 95).toFixed(2)} ms (target p95 ≤ 20 ms)`);
    console.log(`  baseline Prisma SELECT 1 p50 ${percentile(baseline, 50).toFixed(3)} ms → directory p95 = ${(percentile(directory, 95) / percentile(baseline, 50)).toFixed(1)}× a round trip`);
    console.log(`  plan uses: ${[...new Set(plan.join("\n").match(/"?Alliance_[A-Za-z_]+idx"?/g) ?? [])].join(", ") || "(no index!)"}`);
    await measureNearest(database.url, client, count);

    buildIfNeeded();
    const port = await findFreePort();
    Object.assign(process.env, { NODE_ENV: "production", DATABASE_URL: database.url, AUTH_SECRET: crypto.randomBytes(32).toString("base64"), LOG_LEVEL: "warn" });
    const { startServer } = await import("../server");
    const server = await startServer({ port, databaseUrl: database.url, hostname: "127.0.0.1" });
    try {
      const run = async (path: string) => {
        await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 20, duration: 2 }); // warm-up
        const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 20, duration: DURATION });
        return { rps: result.requests.average, p95: result.latency.p97_5, errors: result.errors + result.non2xx };
      };
      const bare = await run("/bench-baseline");
      const page = await run("/alliances?q=numerique+seniors&domaine=AGEING&region=75");
      const browse = await run("/alliances?region=84");
      const peers = await run("/trouver-un-pair?commune=86194&domaine=AGEING");
      console.log(`\nHTTP, production build, 20 connections, ${DURATION} s each:`);
      console.log(`  bare dynamic page      ${bare.rps.toFixed(0)} req/s (errors ${bare.errors})`);
      console.log(`  directory, text+filters ${page.rps.toFixed(0)} req/s = ${(page.rps / bare.rps).toFixed(2)}× the bare page (target ≥ 0.5) (errors ${page.errors})`);
      console.log(`  directory, région only  ${browse.rps.toFixed(0)} req/s = ${(browse.rps / bare.rps).toFixed(2)}× the bare page (errors ${browse.errors})`);
      console.log(`  find a peer, list mode  ${peers.rps.toFixed(0)} req/s = ${(peers.rps / bare.rps).toFixed(2)}× the bare page (target ≥ 0.5) (errors ${peers.errors})`);
      await benchImpactPages(`http://127.0.0.1:${port}`, run, bare);
    } finally {
      await server.close();
    }
    // The mixed 200-connection load and memory over time (scripts/bench/load.ts; --no-load to skip).
    if (!process.argv.includes("--no-load")) await measureLoad(database.url, { seconds: argValue("--load-seconds", 60), soakMinutes: argValue("--soak-minutes", 10) });
    if (MILLION) {
      const total = await growTo(client, 1_000_000);
      await measureNearest(database.url, client, total);
    }
    await client.end();
  } finally {
    await database.dispose();
  }
}

function seed(url: string, args: string[]): void {
  const result = spawnSync("npx", ["tsx", "scripts/db.ts", "seed", ...args], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (result.status !== 0) throw new Error(`seed ${args.join(" ")} failed (exit ${result.status})`);
}

/** p50/p95 of the 20 nearest published alliances with a domain filter, from random communes. */
async function measureNearest(url: string, client: pg.Client, count: number) {
  const communes = allCommunes();
  const domains = (await client.query(`SELECT code FROM "Domain"`)).rows.map((r: { code: string }) => r.code);
  const searches = Array.from({ length: ITERATIONS }, () => {
    const commune = communes[crypto.randomInt(communes.length)]!;
    return { origin: { lat: commune.lat, lng: commune.lng }, domain: domains[crypto.randomInt(domains.length)]! };
  });
  const prisma = createPrismaClient({ url, poolSize: 2 });
  for (const search of searches.slice(0, 20)) await prisma.$queryRaw(nearestAlliancesSql(search.origin, { domain: search.domain }, 20));
  const baseline: number[] = [];
  const nearest: number[] = [];
  for (const search of searches) {
    baseline.push(await time(() => prisma.$queryRaw`SELECT 1`));
    nearest.push(await time(() => prisma.$queryRaw(nearestAlliancesSql(search.origin, { domain: search.domain }, 20))));
  }
  await prisma.$disconnect();
  const sample = nearestAlliancesSql({ lat: 46.5802, lng: 0.3404 }, { domain: "AGEING" }, 20);
  const plan = (await client.query(`EXPLAIN ${sample.text.replace(/\$(\d+)/g, (_, n: string) => `'${String(sample.values[Number(n) - 1]).replace(/'/g, "''")}'`)}`)).rows.map((r: { "QUERY PLAN": string }) => r["QUERY PLAN"]);
  console.log(`\nFind a peer, 20 nearest with a domain filter (${ITERATIONS} searches from random communes over ${count.toLocaleString("fr-FR")} published alliances):`);
  console.log(`  database time p50 ${percentile(nearest, 50).toFixed(2)} ms, p95 ${percentile(nearest, 95).toFixed(2)} ms (target p95 ≤ 5 ms at 100 000)`);
  console.log(`  baseline Prisma SELECT 1 p50 ${percentile(baseline, 50).toFixed(3)} ms → nearest p95 = ${(percentile(nearest, 95) / percentile(baseline, 50)).toFixed(1)}× a round trip`);
  console.log(`  plan: ${plan.join(" | ").includes("Alliance_location_idx") ? "k-nearest-neighbour scan of Alliance_location_idx" : "NO location index!"} (${plan[0]?.trim()}…)`);
}

/**
 * Grows the table to `target` published alliances with copies of the seeded ones moved by
 * up to ~5 km (same domains, visits and region mix), for the proximity query only: these
 * rows have no text, partners or draft content.
 */
async function growTo(client: pg.Client, target: number): Promise<number> {
  const current = Number((await client.query(`SELECT count(*)::int AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED'`)).rows[0]?.n ?? 0);
  const missing = target - current;
  if (missing <= 0) return current;
  const started = performance.now();
  const sources = Number((await client.query(`SELECT count(*)::int AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND lat IS NOT NULL`)).rows[0]?.n ?? 1);
  for (let done = 0; done < missing; done += 100_000) {
    const size = Math.min(100_000, missing - done);
    await client.query(
      `INSERT INTO "Alliance" (id, slug, name, draft, "publicationStatus", lat, lng, "domainCodes", "partnerTypes", "welcomesVisits", region, departement, "publishedAt", "updatedAt")
       SELECT 'bench_' || ($1 + g), 'bench-' || ($1 + g), s.name, '{}'::jsonb, 'PUBLISHED', s.lat + (random() - 0.5) * 0.09, s.lng + (random() - 0.5) * 0.09,
              s."domainCodes", s."partnerTypes", s."welcomesVisits", s.region, s.departement, now(), now()
       FROM generate_series(1, $2) g
       JOIN (SELECT row_number() OVER () AS rn, * FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND lat IS NOT NULL) s ON s.rn = 1 + (g % $3)`,
      [done, size, sources],
    );
  }
  await client.query(`VACUUM ANALYZE "Alliance"`);
  console.log(`\nGrew to ${target.toLocaleString("fr-FR")} published alliances (+${missing.toLocaleString("fr-FR")} relocated copies) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return target;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
