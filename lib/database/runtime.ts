// Where the database is: DATABASE_URL when set, else the embedded PostgreSQL under .data/.
import path from "node:path";
import { runningEmbeddedUrl, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";
import { ensureDatabase } from "./admin";

export const DATA_DIR = path.resolve(process.env.ESSAIM_DATA_DIR ?? ".data");

export type ResolvedDatabase = {
  url: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
};

export async function resolveDatabase(
  options: { log?: (m: string) => void; events?: (m: string) => void; port?: number; /** Use the embedded server `npm start` is running, if any (commands run beside the app). */ reuseRunning?: boolean } = {},
): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    return { url: configured, embedded: null, close: async () => {} };
  }
  const running = options.reuseRunning ? runningEmbeddedUrl(path.join(DATA_DIR, "postgres"), "essaim") : null;
  if (running) return { url: running, embedded: null, close: async () => {} };
  const embedded = await startEmbeddedDatabase({
    dataDir: path.join(DATA_DIR, "postgres"),
    port: options.port,
    log: options.log,
    events: options.events,
  });
  const url = embedded.urlFor("essaim");
  await ensureDatabase(url);
  return { url, embedded, close: () => embedded.stop() };
}
