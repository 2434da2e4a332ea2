// The backup drill: data written (the demo data set, every table), backup, database destroyed,
// restore into an empty one; every table's row count and the checksum of its rows identical.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { dropDatabase, ensureDatabase, withDatabase } from "./admin";
import { applyMigrations } from "./migrate";
import { BackupError, pruneBackups, readManifest, restoreBackup, tableFingerprints, writeBackup } from "./backup";

const server = process.env.DATABASE_URL!;
const names = (label: string) => withDatabase(server, `essaim_drill_${label}_${crypto.randomBytes(3).toString("hex")}`);
const source = names("source");
const target = names("target");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "essaim-backup-"));
const file = path.join(folder, "drill.sql.gz");

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await ensureDatabase(source);
  await applyMigrations(source);
  const { runSeed } = await import("../../prisma/seed/run");
  await runSeed(source, ["--quiet"]);
  // Values that must survive exactly: text with what COPY escapes, and the audit sequence.
  await sql(source, `INSERT INTO "MailMessage" (id, "to", subject, text, kind) VALUES ('drill', 'a@b.test', E'tab\\there', E'ligne 1\\nligne 2\\r\\n\\\\ « guillemets » ☃', 'test')`);
}, 180_000);

afterAll(async () => {
  await dropDatabase(source).catch(() => {});
  await dropDatabase(target).catch(() => {});
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restore gives back every table with the same rows, byte for byte", async () => {
    const before = await tableFingerprints(source);
    const populated = Object.entries(before).filter(([, t]) => t.rows > 0).map(([name]) => name);
    expect(populated.length).toBeGreaterThan(15);

    const backup = await writeBackup(source, file);
    expect(backup.bytes).toBeGreaterThan(1000);
    expect((await readManifest(file)).tables).toEqual(Object.fromEntries(Object.entries(before).map(([name, t]) => [name, t.rows])));

    await dropDatabase(source); // the disaster
    await ensureDatabase(target);
    const restored = await restoreBackup(target, file);
    expect(restored.laterMigrations).toEqual([]);
    expect(await tableFingerprints(target)).toEqual(before);

    // The restored database works as the original did: triggers back on, sequences in step.
    await expect(sql(target, `DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await sql(target, `INSERT INTO "AuditLog" ("action", "targetType", "targetId") VALUES ('drill', 'Test', 'x')`);
    const [max] = await sql(target, `SELECT count(*)::int AS n, count(DISTINCT id)::int AS distinct FROM "AuditLog"`);
    expect(max.n).toBe(max.distinct);
    const [alliance] = await sql(target, `SELECT id FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' LIMIT 1`);
    await sql(target, `UPDATE "Alliance" SET name = 'Renommée pour l''exercice' WHERE id = '${alliance.id}'`);
    const [search] = await sql(target, `SELECT count(*)::int AS n FROM "Alliance" WHERE search @@ essaim_search_query('exercice')`);
    expect(search.n).toBe(1);
  }, 180_000);

  it("refuses to overwrite a database that is not empty, unless forced", async () => {
    const before = await tableFingerprints(target);
    await expect(restoreBackup(target, file)).rejects.toThrow(BackupError);
    await expect(restoreBackup(target, file)).rejects.toThrow(/pas vide.*--force/);
    expect(await tableFingerprints(target)).toEqual(before);
    await restoreBackup(target, file, { force: true });
    const after = await tableFingerprints(target);
    expect(after.Alliance!.rows).toBe(before.Alliance!.rows);
  }, 180_000);

  it("a truncated backup loads nothing at all", async () => {
    const whole = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8");
    const cut = path.join(folder, "cut.sql.gz");
    fs.writeFileSync(cut, zlib.gzipSync(whole.slice(0, Math.floor(whole.length * 0.6))));
    const empty = names("cut");
    await ensureDatabase(empty);
    try {
      await expect(restoreBackup(empty, cut)).rejects.toThrow();
      const rows = await sql(empty, `SELECT count(*)::int AS n FROM "Alliance"`);
      expect(rows[0].n).toBe(0);
    } finally {
      await dropDatabase(empty);
    }
  }, 180_000);

  it("keeps the backups of the last N days", () => {
    const dir = path.join(folder, "kept");
    fs.mkdirSync(dir);
    const now = Date.now();
    for (const [name, ageDays] of [["essaim-20261101-020000.sql.gz", 30], ["essaim-20261125-020000.sql.gz", 6], ["notes.txt", 90]] as const) {
      fs.writeFileSync(path.join(dir, name), "x");
      const when = new Date(now - ageDays * 86_400_000);
      fs.utimesSync(path.join(dir, name), when, when);
    }
    expect(pruneBackups(dir, 14, now)).toEqual(["essaim-20261101-020000.sql.gz"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["essaim-20261125-020000.sql.gz", "notes.txt"]);
  });
});
