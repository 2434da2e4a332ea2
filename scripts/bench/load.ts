// The benchmark's load module (issue 13): 200 connections for 60 s over a mix of public pages
// for signed-out visitors, against the bare page under the same load (errors and p99 as a
// ratio), with and without the page cache (ADR 0080); then the server's memory over a long run
// of the same mix (target: ≤ 400 MB at 10 min, not growing between minute 5 and minute 10).
// The server runs in its own process (scripts/bench/serve.ts): its memory is its own.
import fs from "node:fs";
import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import autocannon from "autocannon";
import { findFreePort } from "../../lib/database/embedded";

export type LoadOptions = { connections?: number; seconds?: number; soakMinutes?: number };

type Server = { url: string; child: ChildProcess; rssMb(): number; liveHeapMb(): Promise<number>; stop(): Promise<void> };

async function startBenchServer(databaseUrl: string, pageCache: boolean): Promise<Server> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: crypto.randomBytes(32).toString("base64"), LOG_LEVEL: "warn" };
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/bench/serve.ts", String(port), ...(pageCache ? [] : ["--no-page-cache"])], { env, stdio: ["ignore", "pipe", "inherit"] });
  let memory: (heapUsed: number) => void = () => {};
  child.stdout!.on("data", (chunk: Buffer) => {
    for (const text of chunk.toString("utf8").split("\n")) {
      if (text.startsWith("MEMORY ")) memory((JSON.parse(text.slice(7)) as { heapUsed: number }).heapUsed / 1024 / 1024);
      else if (text.trim()) process.stdout.write(text + "\n");
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`bench server exited (${child.exitCode})`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    child,
    // The live heap: after a full collection (serve.ts prints it on SIGUSR2).
    liveHeapMb: () =>
      new Promise((resolve) => {
        memory = resolve;
        child.kill("SIGUSR2");
        setTimeout(() => resolve(NaN), 10_000).unref();
      }),
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? NaN) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

/**
 * What a signed-out crowd asks for: 80 % of requests over the popular pages (home, the register
 * with words and filters, the network view by région, find-a-peer by need, the 50 most visited
 * alliances), 20 % over a long tail of 1,000 other alliance pages, each drawn at random.
 */
type Mix = { popular: string[]; tail: string[]; size: number; pick(): string };
async function publicMix(databaseUrl: string): Promise<Mix> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const slugs = (await client.query<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' ORDER BY md5(id) LIMIT 1050`)).rows.map((r) => `/alliances/${encodeURIComponent(r.slug)}`);
  const domains = (await client.query<{ code: string }>(`SELECT code FROM "Domain" ORDER BY position`)).rows.map((r) => r.code);
  await client.end();
  const regions = ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93"];
  const words = ["numerique", "emploi", "jeunes", "handicap", "alimentation", "mobilite", "sante", "culture"];
  const popular = ["/", "/alliances", "/impact", "/reseau/essaimage", "/trouver-un-pair", ...slugs.slice(0, 50)];
  for (const region of regions) popular.push(`/alliances?region=${region}`, `/impact?region=${region}`);
  for (const domain of domains) popular.push(`/alliances?domaine=${domain}`, `/trouver-un-pair?commune=86194&domaine=${domain}`);
  for (const word of words) popular.push(`/alliances?q=${word}`);
  const tail = slugs.slice(50);
  const pick = () => (tail.length && crypto.randomInt(100) < 20 ? tail[crypto.randomInt(tail.length)]! : popular[crypto.randomInt(popular.length)]!);
  return { popular, tail, size: popular.length + tail.length, pick };
}

type Run = { rps: number; p50: number; p99: number; errors: number; total: number; hits: number };

async function run(url: string, pick: () => string, connections: number, seconds: number): Promise<Run> {
  let hits = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: "GET",
        // A random page each time: popular pages come back often, alliance pages form a long tail.
        setupRequest: (request) => ({ ...request, path: pick() }),
        onResponse: (_status, _body, _context, headers) => {
          const value = (headers as Record<string, string | undefined>)["x-essaim-cache"];
          if (value === "HIT") hits += 1;
        },
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, total: result.requests.total, hits };
}

export async function measureLoad(databaseUrl: string, options: LoadOptions = {}): Promise<void> {
  const connections = options.connections ?? 200;
  const seconds = options.seconds ?? 60;
  const mix = await publicMix(databaseUrl);
  const line = (label: string, r: Run, bare?: Run) =>
    console.log(
      `  ${label.padEnd(28)} ${r.rps.toFixed(0).padStart(5)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}` +
        (bare ? ` → p99 ${(r.p99 / bare.p99).toFixed(2)}× the bare page's (target ≤ 5, 0 errors)` : "") +
        (r.hits ? `, ${Math.round((100 * r.hits) / Math.max(1, r.total))} % from the page cache` : ""),
    );
  console.log(
    `\nMixed load, ${connections} connections × ${seconds} s, signed-out, server in its own process: 80 % of requests over ${mix.popular.length} popular ` +
      `public pages, 20 % over a long tail of ${mix.tail.length} alliance pages:`,
  );
  for (const pageCache of [false, true]) {
    const server = await startBenchServer(databaseUrl, pageCache);
    try {
      await run(server.url, () => (crypto.randomInt(2) ? "/bench-baseline" : mix.pick()), 20, 5); // warm-up
      const bare = await run(server.url, () => "/bench-baseline", connections, seconds);
      const mixed = await run(server.url, mix.pick, connections, seconds);
      console.log(pageCache ? " with the page cache (as served):" : " without the page cache (before):");
      line("bare page", bare);
      line("public mix", mixed, bare);
      console.log(`  server memory after the runs: ${server.rssMb().toFixed(0)} MB RSS`);
    } finally {
      await server.stop();
    }
  }

  const minutes = options.soakMinutes ?? 10;
  if (minutes <= 0) return;
  console.log(`\nMemory under the same load (${connections} connections, page cache on), ${minutes} min, RSS every 30 s:`);
  const server = await startBenchServer(databaseUrl, true);
  try {
    const samples: { minute: number; mb: number; heap: number }[] = [];
    const started = Date.now();
    const sample = async () => samples.push({ minute: (Date.now() - started) / 60_000, mb: server.rssMb(), heap: await server.liveHeapMb() });
    const sampler = setInterval(() => void sample(), 30_000);
    const soak = await run(server.url, mix.pick, connections, minutes * 60);
    clearInterval(sampler);
    await sample();
    console.log(`  RSS: ${samples.map((s) => `${s.minute.toFixed(1)}′ ${s.mb.toFixed(0)}`).join(" · ")} (MB)`);
    console.log(`  live heap after a full collection: ${samples.map((s) => `${s.minute.toFixed(1)}′ ${s.heap.toFixed(0)}`).join(" · ")} (MB)`);
    const late = samples.filter((s) => s.minute >= minutes / 2);
    const at = (minute: number) => samples.reduce((best, s) => (Math.abs(s.minute - minute) < Math.abs(best.minute - minute) ? s : best));
    // Least-squares slope over the second half: growth per minute.
    const slope = (value: (s: (typeof samples)[number]) => number) => {
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const mx = mean(late.map((s) => s.minute));
      const my = mean(late.map(value));
      return late.reduce((a, s) => a + (s.minute - mx) * (value(s) - my), 0) / Math.max(1e-9, late.reduce((a, s) => a + (s.minute - mx) ** 2, 0));
    };
    const sign = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(1)}`;
    const end = samples[samples.length - 1]!;
    console.log(
      `  at ${(minutes / 2).toFixed(0)} min ${at(minutes / 2).mb.toFixed(0)} MB RSS, at ${minutes} min ${end.mb.toFixed(0)} MB RSS (target ≤ 400); ` +
        `trend over the second half ${sign(slope((s) => s.mb))} MB/min RSS, ${sign(slope((s) => s.heap))} MB/min live heap (target: not growing); ` +
        `${soak.rps.toFixed(0)} req/s, p99 ${soak.p99} ms, errors ${soak.errors}`,
    );
  } finally {
    await server.stop();
  }
}
