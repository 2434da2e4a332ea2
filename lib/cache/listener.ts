// Hears other instances' "published content changed" (PostgreSQL LISTEN on a dedicated,
// direct connection: LISTEN does not survive PgBouncer's transaction mode) and clears this
// instance's caches. While the connection is down, caches keep nothing (they could not be
// cleared); when it is back, everything is cleared once, since changes may have been missed.
import pg from "pg";
import { clearPublishedResults, INVALIDATION_CHANNEL, noteChangeLsn, setListening } from "./published-results";

export type InvalidationListener = { close(): Promise<void>; connected(): boolean };

export function startInvalidationListener(options: { url: string; log?: (message: string) => void; heartbeatMs?: number }): Promise<InvalidationListener> {
  const log = options.log ?? (() => {});
  let client: pg.Client | null = null;
  let closed = false;
  let connected = false;
  let retryMs = 250;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (reason: string) => {
    if (closed || !client) return;
    const dead = client;
    client = null;
    clearInterval(heartbeat);
    dead.removeAllListeners();
    dead.on("error", () => {});
    dead.end().catch(() => {});
    if (connected) log(`invalidation listener lost (${reason}); caches off until it is back`);
    connected = false;
    setListening(false);
    retry = setTimeout(() => void connect(), retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, 5_000);
  };

  const connect = async (): Promise<void> => {
    if (closed) return;
    const next = new pg.Client({ connectionString: options.url, keepAlive: true, connectionTimeoutMillis: 3_000, application_name: "essaim-listen" });
    client = next;
    next.on("error", (error) => lost(error.message));
    next.on("end", () => lost("connection ended"));
    next.on("notification", (message) => {
      if (message.channel !== INVALIDATION_CHANNEL) return;
      // The payload is the primary's WAL position after the change (ADR 0081).
      noteChangeLsn(message.payload);
      clearPublishedResults();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${INVALIDATION_CHANNEL}`);
      // Changes made before we listened: a replica must have replayed them before serving.
      const position = await next.query<{ lsn: string | null }>("SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn()::text END AS lsn");
      noteChangeLsn(position.rows[0]?.lsn);
    } catch (error) {
      if (client === next) lost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (closed || client !== next) return;
    // Whatever was cached before may have missed changes made while we were not listening.
    clearPublishedResults();
    setListening(true);
    connected = true;
    retryMs = 250;
    // A connection that died without a word (network cut) is noticed within a heartbeat.
    heartbeat = setInterval(() => {
      next.query("SELECT 1").catch((error: Error) => lost(error.message));
    }, options.heartbeatMs ?? 5_000);
    heartbeat.unref();
  };

  return connect().then(() => ({
    connected: () => connected,
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners();
        current.on("error", () => {});
        await current.end().catch(() => {});
      }
    },
  }));
}
