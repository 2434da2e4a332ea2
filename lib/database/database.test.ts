// The migrated database itself: migrations recorded, schema in step, French full text,
// proximity, append-only audit log. Runs against the run's real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { enginePool } from "./migrate";

const url = process.env.DATABASE_URL!;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

async function insertAlliance(id: string, fields: { name: string; summary?: string; description?: string; lat?: number; lng?: number }) {
  await client.query(
    `INSERT INTO "Alliance" (id, slug, draft, name, summary, description, lat, lng, "publicationStatus", "updatedAt")
     VALUES ($1, $1, '{}'::jsonb, $2, $3, $4, $5, $6, 'PUBLISHED', now())`,
    [id, fields.name, fields.summary ?? "", fields.description ?? "", fields.lat ?? null, fields.lng ?? null],
  );
}

describe("migrations", () => {
  it("are recorded in Prisma's _prisma_migrations table", async () => {
    const { rows } = await client.query(`SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].migration_name).toMatch(/^\d{14}_init$/);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  // The drift check runs as CI runs it (a separate process: the WebAssembly engine is
  // loaded by Node, not by Vitest's module runner), on this project and on a drifted copy.
  function driftCheck(cwd: string) {
    return spawnSync(path.join(process.cwd(), "node_modules/.bin/tsx"), [path.join(process.cwd(), "scripts/db.ts"), "check"], {
      cwd,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
  }

  it("match prisma/schema.prisma (no drift)", () => {
    const result = driftCheck(process.cwd());
    expect(result.stdout + result.stderr).toContain("Schéma et migrations en accord");
    expect(result.status).toBe(0);
  }, 120_000);

  it("the migration engine's pools survive a connection killed while idle", async () => {
    const pool = enginePool(url);
    try {
      const held: pg.PoolClient = await pool.connect();
      const { rows } = await held.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      held.release();
      const removed = new Promise((resolve) => pool.once("remove", resolve));
      // What DROP DATABASE … WITH (FORCE) does to a shadow connection still closing.
      await client.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      await removed;
      const after: pg.QueryResult<{ one: number }> = await pool.query("SELECT 1 AS one");
      expect(after.rows[0]!.one).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it("the drift check fails and shows the missing SQL when the schema changes without a migration", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "essaim-drift-"));
    try {
      fs.cpSync(path.join(process.cwd(), "prisma/migrations"), path.join(copy, "prisma/migrations"), { recursive: true });
      const schema = fs.readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
      fs.writeFileSync(path.join(copy, "prisma/schema.prisma"), schema.replace("model Domain {", "model Domain {\n  driftProbe Int?"));
      const result = driftCheck(copy);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("divergent");
      expect(result.stderr).toMatch(/ALTER TABLE "Domain" ADD COLUMN\s+"driftProbe" INTEGER/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("French full-text search", () => {
  beforeAll(async () => {
    await insertAlliance("fts_1", { name: "Silver Geek test", summary: "Le numérique au service des seniors en EHPAD" });
    await insertAlliance("fts_2", { name: "Handicap et emploi test", summary: "Insertion des personnes handicapées" });
  });

  async function search(words: string): Promise<string[]> {
    const { rows } = await client.query(
      `SELECT id FROM "Alliance" WHERE search @@ essaim_search_query($1) AND id LIKE 'fts_%' ORDER BY id`,
      [words],
    );
    return rows.map((row) => row.id as string);
  }

  it("ignores accents", async () => {
    expect(await search("numerique seniors")).toEqual(["fts_1"]);
  });
  it("matches word forms, with or without accents", async () => {
    expect(await search("handicapés")).toEqual(["fts_2"]);
    expect(await search("handicapées")).toEqual(["fts_2"]);
    expect(await search("Numériques")).toEqual(["fts_1"]);
  });
  it("does not match unrelated words", async () => {
    expect(await search("mobilité")).toEqual([]);
  });
  it("is typo-tolerant on names through trigrams", async () => {
    const { rows } = await client.query(`SELECT id FROM "Alliance" WHERE name % $1 AND id LIKE 'fts_%'`, ["Silvre Gek test"]);
    expect(rows.map((row) => row.id)).toEqual(["fts_1"]);
  });
});

describe("proximity", () => {
  it("keeps the location in step with lat/lng and orders by distance with the GiST index", async () => {
    await insertAlliance("geo_poitiers", { name: "geo Poitiers", lat: 46.5802, lng: 0.3404 });
    await insertAlliance("geo_niort", { name: "geo Niort", lat: 46.3237, lng: -0.4588 });
    await insertAlliance("geo_reunion", { name: "geo Saint-Denis", lat: -20.8823, lng: 55.4504 });
    const { rows } = await client.query(
      `SELECT id, round(earth_distance(location, ll_to_earth($1, $2)) / 1000) AS km
       FROM "Alliance" WHERE id LIKE 'geo_%' ORDER BY location <-> ll_to_earth($1, $2) LIMIT 3`,
      [46.3, -0.46],
    );
    expect(rows.map((row) => row.id)).toEqual(["geo_niort", "geo_poitiers", "geo_reunion"]);
    expect(Number(rows[0].km)).toBeLessThan(5);
    await client.query(`UPDATE "Alliance" SET lat = NULL, lng = NULL WHERE id = 'geo_niort'`);
    const { rows: cleared } = await client.query(`SELECT location FROM "Alliance" WHERE id = 'geo_niort'`);
    expect(cleared[0].location).toBeNull();
  });
});

describe("audit log", () => {
  it("is append-only: updates, deletes and truncation are refused", async () => {
    await client.query(`INSERT INTO "AuditLog" (action, "targetType", "targetId") VALUES ('test.append', 'Test', 't1')`);
    await expect(client.query(`UPDATE "AuditLog" SET action = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'test.append'`);
    expect(rows[0].n).toBe(1);
  });
});
