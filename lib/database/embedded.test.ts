// The embedded PostgreSQL looks after itself: restarted when killed (nothing acknowledged is
// lost), a power cut's leftovers cleared, library symlinks repaired after an install that
// skipped the binaries package's script. Real PostgreSQL processes in throw-away folders.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { binariesPackageDir, clearStalePidFile, repairLibrarySymlinks, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

const folders: string[] = [];
const running: EmbeddedDatabase[] = [];

/** A folder PostgreSQL (run as `postgres` when the tests run as root) may enter. */
function scratch(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `essaim-${name}-`));
  fs.chmodSync(dir, 0o755);
  folders.push(dir);
  return dir;
}

afterAll(async () => {
  for (const database of running) await database.stop().catch(() => {});
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

async function query(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

describe("embedded PostgreSQL", () => {
  it("runs from a binaries package installed without its script (symlinks repaired from the package's list)", async () => {
    const copy = path.join(scratch("binaries"), "package");
    fs.cpSync(binariesPackageDir(), copy, { recursive: true, verbatimSymlinks: true });
    // What `npm ci --ignore-scripts` leaves: the files, none of the links.
    const lib = path.join(copy, "native", "lib");
    let removed = 0;
    for (const name of fs.readdirSync(lib)) {
      if (fs.lstatSync(path.join(lib, name)).isSymbolicLink()) {
        fs.unlinkSync(path.join(lib, name));
        removed += 1;
      }
    }
    expect(removed).toBeGreaterThan(0);
    const broken = spawnSync(path.join(copy, "native", "bin", "postgres"), ["--version"], { encoding: "utf8" });
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toMatch(/cannot open shared object file/);

    const database = await startEmbeddedDatabase({ dataDir: scratch("ignore-scripts"), binariesDir: copy, supervise: false });
    running.push(database);
    expect(await query(database.adminUrl, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(repairLibrarySymlinks(copy)).toBe(0); // all back already
    await database.stop();
  }, 120_000);

  it("is restarted by itself within seconds when its postmaster is killed, with every committed write", async () => {
    const database = await startEmbeddedDatabase({ dataDir: scratch("supervised") });
    running.push(database);
    await query(database.adminUrl, "CREATE TABLE acknowledged (n int PRIMARY KEY)");
    for (let n = 1; n <= 200; n++) await query(database.adminUrl, "INSERT INTO acknowledged VALUES ($1)", [n]);
    const first = database.pid()!;
    process.kill(first, "SIGKILL");
    const killedAt = Date.now();
    let back = false;
    while (!back && Date.now() - killedAt < 15_000) {
      back = await query(database.adminUrl, "SELECT 1").then(() => true, () => false);
      if (!back) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const downForMs = Date.now() - killedAt;
    expect(back).toBe(true);
    expect(downForMs).toBeLessThan(10_000);
    expect(database.restarts()).toBe(1);
    expect(database.pid()).not.toBe(first);
    expect(await query(database.adminUrl, "SELECT count(*)::int AS n FROM acknowledged")).toEqual([{ n: 200 }]);

    const second = database.pid()!;
    await database.stop();
    expect(alive(second)).toBe(false);
    expect(fs.existsSync(path.join(database.clusterDir, "postmaster.pid"))).toBe(false);
  }, 60_000);

  it("starts after a power cut: killed outright, its postmaster.pid naming a process id now used by another program", async () => {
    const dataDir = scratch("power-cut");
    const before = await startEmbeddedDatabase({ dataDir, supervise: false });
    await query(before.adminUrl, "CREATE TABLE kept (n int)");
    await query(before.adminUrl, "INSERT INTO kept VALUES (42)");
    process.kill(before.pid()!, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    // After a reboot the number in postmaster.pid may belong to anyone: PostgreSQL alone refuses.
    // (Run as the user PostgreSQL runs as: a process of another user cannot be its postmaster.)
    const asPostgres =
      process.getuid?.() === 0
        ? { uid: Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout), gid: Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout) }
        : {};
    const stranger = spawn("sleep", ["30"], { stdio: "ignore", ...asPostgres });
    const file = path.join(before.clusterDir, "postmaster.pid");
    const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n") : ["0", before.clusterDir];
    lines[0] = String(stranger.pid);
    fs.writeFileSync(file, lines.join("\n"));
    try {
      const after = await startEmbeddedDatabase({ dataDir, port: before.port, supervise: false });
      running.push(after);
      expect(await query(after.adminUrl, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
      await after.stop();
    } finally {
      stranger.kill();
    }
  }, 60_000);

  it("redoes a cluster whose initialisation was cut short, and refuses a folder another live server uses", async () => {
    const dataDir = scratch("half-made");
    fs.mkdirSync(path.join(dataDir, "cluster"), { recursive: true });
    fs.writeFileSync(path.join(dataDir, "cluster", "PG_VERSION"), "18\n");
    fs.writeFileSync(path.join(dataDir, "password"), ""); // half-written: a new one is made
    const database = await startEmbeddedDatabase({ dataDir, supervise: false });
    running.push(database);
    expect(await query(database.adminUrl, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await expect(clearStalePidFile(database.clusterDir)).rejects.toThrow(/déjà utilisé/);
    await expect(startEmbeddedDatabase({ dataDir, supervise: false })).rejects.toThrow(/déjà utilisé/);
    await database.stop();
  }, 60_000);
});
