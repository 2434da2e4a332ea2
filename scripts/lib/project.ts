// Shared steps of the start, test and e2e scripts: generated client, build freshness, secrets.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import { DATA_DIR } from "../../lib/database/runtime";
import { writeFileAtomic } from "../../lib/database/embedded";

const ROOT = process.cwd();

export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} a échoué (code ${result.status ?? result.signal})`);
}

/** The Prisma client is generated (git-ignored): make it when missing or older than the schema. */
export function ensurePrismaClient(): void {
  const generated = path.join(ROOT, "lib/generated/prisma/client.ts");
  const schema = path.join(ROOT, "prisma/schema.prisma");
  if (fs.existsSync(generated) && fs.statSync(generated).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  run("npx", ["prisma", "generate"], { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" });
}

const SOURCES = ["app", "components", "lib", "messages", "public", "data", "next.config.ts", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma", "tsconfig.json"];

function newestMtime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** True when .next holds a production build newer than every source file. */
export function buildIsFresh(): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((entry) => newestMtime(entry) <= built);
}

export function buildIfNeeded(): void {
  if (buildIsFresh()) return;
  console.log("Construction de l'application (next build)…");
  run("npx", ["next", "build"], { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
}

/** AUTH_SECRET for the demo: generated once and kept under .data/ (production sets its own). */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(DATA_DIR, "auth-secret");
  // Written whole or not at all; an empty or cut file (an older power cut) is made again.
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8").trim().length < 32) {
    writeFileAtomic(file, crypto.randomBytes(32).toString("base64") + "\n");
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
