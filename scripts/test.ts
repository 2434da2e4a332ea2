// `npm test`: unit and database tests (Vitest), then browser tests (Playwright), then one
// closing line "N passed, N failed" summing both.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { ensurePrismaClient } from "./lib/project";

type Counts = { passed: number; failed: number; skipped: number };

function vitest(): { status: number; counts: Counts } {
  fs.mkdirSync("test-results", { recursive: true });
  const result = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"], { stdio: "inherit" });
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const report = JSON.parse(fs.readFileSync("test-results/unit.json", "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      numFailedTestSuites: number;
      success: boolean;
    };
    counts.passed = report.numPassedTests;
    counts.failed = report.numFailedTests;
    // A test file that cannot even load (a broken import) fails no single test, and Vitest
    // may still exit 0: count each such file as a failure.
    if (!report.success && counts.failed === 0) counts.failed = Math.max(1, report.numFailedTestSuites);
    counts.skipped = report.numPendingTests + report.numTodoTests;
  } catch {
    counts.failed += 1;
  }
  return { status: result.status ?? 1, counts };
}

function e2e(): { status: number; counts: Counts } {
  const result = spawnSync("npx", ["tsx", "scripts/e2e.ts"], { stdio: "inherit" });
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const report = JSON.parse(fs.readFileSync("test-results/e2e.json", "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    counts.passed = report.stats.expected + report.stats.flaky;
    counts.failed = report.stats.unexpected;
    counts.skipped = report.stats.skipped;
  } catch {
    counts.failed += 1;
  }
  return { status: result.status ?? 1, counts };
}

ensurePrismaClient();
fs.rmSync("test-results", { recursive: true, force: true });
const unit = vitest();
const browser = process.argv.includes("--unit-only") ? { status: 0, counts: { passed: 0, failed: 0, skipped: 0 } } : e2e();
const passed = unit.counts.passed + browser.counts.passed;
const failed = unit.counts.failed + browser.counts.failed + (unit.status !== 0 && unit.counts.failed === 0 ? 1 : 0) + (browser.status !== 0 && browser.counts.failed === 0 ? 1 : 0);
const skipped = unit.counts.skipped + browser.counts.skipped;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(unit.status === 0 && browser.status === 0 && failed === 0 ? 0 : 1);
