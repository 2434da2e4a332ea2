// Prisma migrations without the native engine: the WebAssembly schema engine applies
// prisma/migrations (recorded in _prisma_migrations) and diffs them against the schema.
// See docs/decisions/0002-migrations-with-the-wasm-schema-engine.md.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType, MigrationList } from "@prisma/schema-engine-wasm";
import { withDatabase } from "./admin";

const ROOT = process.cwd();
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

const CHAR_MARK = "\u0000char";
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

type QueryResultLike = { fields?: { dataTypeID: number; name: string }[] };

/**
 * adapter-pg cannot read PostgreSQL's one-byte "char" type, which catalogue queries return
 * (PostgreSQL 18 lists NOT NULL constraints there too). Report it as text, marking the
 * column so that the adapter can hand it to the engine as a character (see adaptForEngine).
 */
function reportCharAsText<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) {
    for (const field of fields) {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        field.name += CHAR_MARK;
      }
    }
  }
  return result;
}

class CatalogueSafePool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(reportCharAsText) : result;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override connect(...args: any[]): any {
    if (args.length > 0) return (super.connect as (...a: unknown[]) => unknown)(...args);
    return super.connect().then((client) => {
      const original = client.query.bind(client) as (...a: unknown[]) => unknown;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (client as any).query = (...a: unknown[]) => {
        const result = original(...a) as Promise<unknown> | undefined;
        return result && typeof result.then === "function" ? result.then(reportCharAsText) : result;
      };
      return client;
    });
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * Two fixes between adapter-pg and the schema engine: scripts are sent whole (adapter-pg
 * splits them on ";", which breaks function bodies), and "char" columns are typed as such.
 */
function adaptForEngine(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames = result.columnNames.map((name, index) => {
      if (!name.endsWith(CHAR_MARK)) return name;
      (result.columnTypes as number[])[index] = COLUMN_TYPE_CHARACTER;
      return name.slice(0, -CHAR_MARK.length);
    });
    return result;
  };
  return adapter;
}

/**
 * A pool whose idle connections may die without killing the process. pg-pool re-emits an
 * idle client's error on the pool, and an 'error' event nobody listens to is thrown: the
 * shadow database's `DROP … WITH (FORCE)` can reach a connection that `end()` is still
 * closing (it resolves before the sockets close), which crashed the drift check now and
 * then on a busy machine. The pool drops the dead client by itself; a query that needs
 * the connection still gets its own rejected promise.
 */
export function enginePool(connectionString: string): CatalogueSafePool {
  const pool = new CatalogueSafePool({ connectionString, max: 2 });
  pool.on("error", () => {});
  return pool;
}

function migrationFactory(url: string) {
  const pool = enginePool(url);
  const base = new PrismaPg(pool);
  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      return adaptForEngine(await base.connect(), pool);
    },
    // adapter-pg's own shadow database would connect to the main database (the connection
    // string wins over `database`), so the shadow database is made here.
    async connectToShadowDb() {
      const name = `essaim_shadow_${crypto.randomBytes(6).toString("hex")}`;
      await pool.query(`CREATE DATABASE "${name}"`);
      const shadowPool = enginePool(withDatabase(url, name));
      const shadowBase = new PrismaPg(shadowPool);
      const adapter = adaptForEngine(await shadowBase.connect(), shadowPool);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadowPool.end();
        await pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
  return { factory, close: () => pool.end() };
}

type EngineModule = typeof import("@prisma/schema-engine-wasm");
let enginePromise: Promise<EngineModule> | undefined;

/** The package's entry imports a .wasm file, which Node refuses: instantiate it by hand. */
function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    // The engine reports Rust panics through this global; without it the panic is lost.
    const registry = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        throw new Error(`Moteur de migration Prisma : ${message}`);
      },
    };
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bindings = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return enginePromise;
}

function schemaFiles() {
  return [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }];
}

export function listMigrations(): MigrationList {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

async function withEngine<T>(url: string, fn: (engine: SchemaEngineType) => Promise<T>): Promise<T> {
  const engineModule = await loadEngineModule();
  const { factory, close } = migrationFactory(url);
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: schemaFiles().map((file) => [file.path, file.content] as [string, string]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await close();
  }
}

const noFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies every migration not yet recorded in _prisma_migrations (or, with `only`, those of
 * that list: a backup's schema is rebuilt exactly before its rows are loaded). Returns their names.
 */
export async function applyMigrations(url: string, options: { only?: string[] } = {}): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const all = listMigrations();
    const migrationsList = options.only ? { ...all, migrationDirectories: all.migrationDirectories.filter((entry) => options.only!.includes(entry.path)) } : all;
    const result = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return result.appliedMigrationNames;
  });
}

/**
 * SQL that the migrations lack to reach prisma/schema.prisma (empty when in step).
 * `url` names a server where a temporary shadow database may be created.
 */
export async function pendingSchemaChanges(url: string): Promise<string> {
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...listMigrations() },
      to: { tag: "schemaDatamodel", files: schemaFiles() },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    const sql = result.stdout ?? "";
    return result.exitCode === 2 || /\S/.test(sql.replace(/^--.*$/gm, "")) ? sql : "";
  });
}

/** Writes `sql` as the next migration folder, Prisma's format. Returns the folder name. */
export function writeMigration(name: string, sql: string): string {
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const folder = `${stamp}_${slug}`;
  fs.mkdirSync(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  fs.writeFileSync(path.join(MIGRATIONS_DIR, folder, "migration.sql"), sql);
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  return folder;
}
