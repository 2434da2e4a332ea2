// Backups that restore: a consistent dump of every table (one REPEATABLE READ snapshot, COPY in
// PostgreSQL's own text format) as a gzipped SQL script psql could replay too, and its restore
// into an empty database (schema from the repository's migrations, then the rows, then any
// newer migration). Called by `npm run db:backup` / `db:restore` and by a scheduled job.
// See docs/decisions/0041-backups.md (why not pg_dump).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import readline from "node:readline";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo, from as copyFrom } from "pg-copy-streams";
import { applyMigrations, listMigrations } from "./migrate";

export const BACKUP_FORMAT = 1;
const HEADER = "-- essaim-backup ";

export type BackupManifest = {
  format: number;
  createdAt: string;
  /** The migrations the dumped schema had reached, in order. */
  migrations: string[];
  /** Rows per table, in the order they are restored (parents before children). */
  tables: Record<string, number>;
};

export class BackupError extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `essaim-20261201-023000.sql.gz` (UTC), so that names sort by date. */
export function backupFileName(date = new Date()): string {
  return `essaim-${date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15)}.sql.gz`;
}

type TableInfo = { name: string; columns: string[] };

/** The application's tables (not Prisma's bookkeeping), parents before children. */
async function tablesInOrder(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
     GROUP BY c.relname`);
  const { rows: links } = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     WHERE k.contype = 'f' AND c.oid <> p.oid`);
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableInfo[] = [];
  const seen = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (seen.has(name) || path.has(name)) return;
    path.add(name);
    for (const link of links) if (link.child === name) visit(link.parent, path);
    seen.add(name);
    const table = byName.get(name);
    if (table) ordered.push(table);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return ordered;
}

/** Sequences owned by columns (autoincrement ids), with their state. */
async function sequences(client: pg.ClientBase): Promise<{ sequence: string; lastValue: string; isCalled: boolean }[]> {
  const { rows } = await client.query<{ sequence: string }>(`
    SELECT s.relname AS sequence
      FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace AND n.nspname = 'public'
     WHERE s.relkind = 'S' ORDER BY s.relname`);
  const result = [];
  for (const { sequence } of rows) {
    const [state] = (await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${ident(sequence)}`)).rows;
    if (state) result.push({ sequence, lastValue: state.last_value, isCalled: state.is_called });
  }
  return result;
}

/**
 * Writes a consistent dump of the database at `url` to `file` (made whole, then renamed into
 * place: a failed backup never leaves a truncated file). Returns its manifest.
 */
export async function writeBackup(url: string, file: string): Promise<BackupManifest & { file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.partial`;
  const client = new pg.Client({ connectionString: url, application_name: "essaim-backup" });
  await client.connect();
  try {
    // One snapshot for every table: the dump is what the database held at one instant.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((row) => row.migration_name);
    const tables = await tablesInOrder(client);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      counts[table.name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(table.name)}`)).rows[0]!.n;
    }
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables: counts };

    const gzip = zlib.createGzip();
    const done = pipeline(gzip, fs.createWriteStream(temporary));
    const write = async (text: string | Buffer) => {
      if (!gzip.write(text)) await once(gzip, "drain");
    };
    await write(
      `${HEADER}${JSON.stringify(manifest)}\n` +
        "-- Essaim backup: restore with `npm run db:restore -- <file>` (or psql, into a database migrated to the migrations above).\n" +
        "BEGIN;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n",
    );
    // Rows are loaded with the foreign keys checked (parents first), the derived-column
    // and append-only triggers off: the dumped values come back exactly as they were.
    for (const table of tables) await write(`ALTER TABLE ${ident(table.name)} DISABLE TRIGGER USER;\n`);
    for (const table of tables) {
      const columns = table.columns.map(ident).join(", ");
      await write(`\nCOPY ${ident(table.name)} (${columns}) FROM stdin;\n`);
      let rows = 0;
      const source = client.query(copyTo(`COPY ${ident(table.name)} (${columns}) TO STDOUT`));
      for await (const chunk of source as AsyncIterable<Buffer>) {
        for (const byte of chunk) if (byte === 10) rows += 1;
        await write(chunk);
      }
      if (rows !== counts[table.name]) throw new BackupError(`${table.name} : ${rows} lignes copiées pour ${counts[table.name]} comptées.`);
      await write("\\.\n");
    }
    await write("\n");
    for (const table of tables) await write(`ALTER TABLE ${ident(table.name)} ENABLE TRIGGER USER;\n`);
    for (const state of await sequences(client)) await write(`SELECT pg_catalog.setval('${ident(state.sequence).replace(/'/g, "''")}', ${state.lastValue}, ${state.isCalled});\n`);
    await write("COMMIT;\n");
    gzip.end();
    await done;
    await client.query("COMMIT");
    const fd = fs.openSync(temporary, "r");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temporary, file);
    return { ...manifest, file, bytes: fs.statSync(file).size };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** The manifest at the head of a backup file. */
export async function readManifest(file: string): Promise<BackupManifest> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.startsWith(HEADER)) break;
      const manifest = JSON.parse(line.slice(HEADER.length)) as BackupManifest;
      if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`Format de sauvegarde inconnu (${manifest.format}).`);
      return manifest;
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} n'est pas une sauvegarde Essaim lisible (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    lines.close();
  }
  throw new BackupError(`${file} n'est pas une sauvegarde Essaim (en-tête absent).`);
}

/** Tables of the target database's public schema (empty means: nothing to overwrite). */
async function existingTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  return rows.map((row) => row.name);
}

/**
 * Restores `file` into the database at `url`, which must be empty unless `force` (then its
 * public schema is dropped first). The whole load is one transaction: it lands entirely or
 * not at all. Returns the manifest and the rows loaded per table.
 */
export async function restoreBackup(url: string, file: string, options: { force?: boolean } = {}): Promise<{ manifest: BackupManifest; loaded: Record<string, number>; laterMigrations: string[] }> {
  if (!fs.existsSync(file)) throw new BackupError(`Fichier introuvable : ${file}`);
  const manifest = await readManifest(file);
  const known = listMigrations().migrationDirectories.map((entry) => entry.path);
  const prefixOk = manifest.migrations.every((name, index) => known[index] === name);
  if (!prefixOk) {
    throw new BackupError("Cette sauvegarde vient d'une version d'Essaim dont les migrations diffèrent de celles de ce dépôt : restaurez-la avec la version qui l'a écrite.");
  }

  const client = new pg.Client({ connectionString: url, application_name: "essaim-restore" });
  await client.connect();
  try {
    const tables = await existingTables(client);
    if (tables.length > 0) {
      if (!options.force) {
        throw new BackupError(`La base cible n'est pas vide (${tables.length} tables, dont ${tables.slice(0, 3).join(", ")}) : rien n'a été modifié. Ajoutez --force pour la remplacer.`);
      }
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    }
  } finally {
    await client.end();
  }

  // The schema the rows were dumped from, then the rows, then whatever came after.
  await applyMigrations(url, { only: manifest.migrations });
  const loaded = await replay(url, file);
  const laterMigrations = await applyMigrations(url);
  return { manifest, loaded, laterMigrations };
}

/** Runs the backup's SQL script: statements, and COPY blocks streamed to the server. */
async function replay(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url, application_name: "essaim-restore" });
  await client.connect();
  const loaded: Record<string, number> = {};
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  let statement = "";
  let copy: { stream: NodeJS.WritableStream & { on(event: string, fn: (...a: unknown[]) => void): unknown }; table: string; rows: number; finished: Promise<unknown> } | null = null;
  try {
    for await (const line of lines) {
      if (copy) {
        if (line === "\\.") {
          copy.stream.end();
          await copy.finished;
          loaded[copy.table] = copy.rows;
          copy = null;
        } else {
          copy.rows += 1;
          if (!copy.stream.write(line + "\n")) await once(copy.stream as unknown as NodeJS.EventEmitter, "drain");
        }
        continue;
      }
      if (!statement && (line.startsWith("--") || !line.trim())) continue;
      const copyStart = /^COPY "((?:[^"]|"")+)" \(.*\) FROM stdin;$/.exec(line);
      if (copyStart && !statement) {
        const stream = client.query(copyFrom(line.replace(/ FROM stdin;$/, " FROM STDIN")));
        const finished = new Promise((resolve, reject) => {
          stream.on("finish", resolve);
          stream.on("error", reject);
        });
        finished.catch(() => {}); // awaited below; a cut file may leave it to fail unawaited
        copy = { stream: stream as never, table: copyStart[1]!.replace(/""/g, '"'), rows: 0, finished };
        continue;
      }
      statement += (statement ? "\n" : "") + line;
      if (line.trimEnd().endsWith(";")) {
        await client.query(statement);
        statement = "";
      }
    }
    if (copy) throw new BackupError("Sauvegarde tronquée : un bloc de données ne se termine pas.");
    if (statement.trim()) throw new BackupError("Sauvegarde tronquée : la dernière instruction est incomplète.");
    return loaded;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    lines.close();
    await client.end().catch(() => {});
  }
}

/** Removes backups (essaim-*.sql.gz) older than `days` days from `directory`. Returns their names. */
export function pruneBackups(directory: string, days: number, now = Date.now()): string[] {
  if (!fs.existsSync(directory)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(directory)) {
    if (!/^essaim-\d{8}-\d{6}\.sql\.gz$/.test(name)) continue;
    const full = path.join(directory, name);
    if (now - fs.statSync(full).mtimeMs > days * 86_400_000) {
      fs.rmSync(full, { force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** Row count and a checksum of every row of every table: two databases with the same data agree. */
export async function tableFingerprints(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const table of await tablesInOrder(client)) {
      const [row] = (
        await client.query<{ rows: number; md5: string }>(
          `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${ident(table.name)} t`,
        )
      ).rows;
      result[table.name] = row!;
    }
    return result;
  } finally {
    await client.end();
  }
}
