// Benchmark of the impact pages (called from scripts/bench.ts with its running server):
// throughput of /impact and the territory pages as a ratio to the bare page, the report
// page's time as a ratio to the bare page's, and the time to generate Silver Geek's PDF.
// Figures of published content are shared a few seconds per instance (ADR 0008), so the
// throughput runs mostly measure that path; the first answers (cold) are printed too.

type Run = (path: string) => Promise<{ rps: number; p95: number; errors: number }>;

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchImpactPages(base: string, run: Run, bare: { rps: number }): Promise<void> {
  const cold: string[] = [];
  for (const path of ["/impact?domaine=HEALTH&stade=SCALING", "/territoires/departements/69", "/territoires/regions/11"]) cold.push(`${path} ${(await timed(base + path)).toFixed(0)} ms`);
  const pages: [string, string][] = [
    ["/impact", "/impact"],
    ["/impact, domain + région", "/impact?domaine=AGEING&region=75"],
    ["/impact by région", "/impact?carte=regions"],
    ["département page (Vienne)", "/territoires/departements/86"],
    ["région page (Auvergne-Rhône-Alpes)", "/territoires/regions/84"],
  ];
  console.log(`\nImpact pages, 20 connections (cold first answers: ${cold.join(", ")}):`);
  for (const [label, path] of pages) {
    const result = await run(path);
    console.log(`  ${label.padEnd(36)} ${result.rps.toFixed(0)} req/s = ${(result.rps / bare.rps).toFixed(2)}× the bare page (target ≥ 0.5) (errors ${result.errors})`);
  }
  // One request at a time: the report's rendering time against the bare page's.
  const bareTimes: number[] = [];
  const reportTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    bareTimes.push(await timed(`${base}/bench-baseline`));
    reportTimes.push(await timed(`${base}/alliances/silver-geek/rapport`));
  }
  console.log(`  report page (Silver Geek)            median ${median(reportTimes).toFixed(1)} ms vs bare ${median(bareTimes).toFixed(1)} ms = ${(median(reportTimes) / median(bareTimes)).toFixed(2)}× (target ≤ 2)`);
  const pdfTimes: number[] = [];
  for (let i = 0; i < 10; i++) pdfTimes.push(await timed(`${base}/alliances/silver-geek/rapport/pdf`));
  console.log(`  Silver Geek's PDF                    median ${median(pdfTimes).toFixed(0)} ms, max ${Math.max(...pdfTimes).toFixed(0)} ms (target ≤ 2 000 ms)`);
}
