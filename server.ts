// Essaim's HTTP server: Next.js behind a thin Node server that (1) records the real client
// address in a header nobody outside can forge, (2) answers 503 while PostgreSQL is
// unreachable, recovering by itself when it is back, and (3) serves public pages to
// signed-out visitors from a short page cache that every instance clears on any
// publication (LISTEN/NOTIFY, ADR 0080).
import http from "node:http";
import next from "next";
import os from "node:os";
import pg from "pg";
import pLimit from "p-limit";
import { randomBytes } from "node:crypto";
import { securityHeaders } from "./lib/security/csp";
import { poolPressure } from "./lib/database/pressure";
import { createPageCache, type PageCacheStats } from "./lib/cache/page-cache";
import { startInvalidationListener } from "./lib/cache/listener";
import { forwardedClientAddress, parseTrustedProxies } from "./lib/security/forwarded";

/** A request queued this long for a database connection means the pool is saturated. */
const SATURATED_AFTER_MS = 1000;

export const CLIENT_IP_HEADER = "x-essaim-client-ip";
// Proves the address header was written by this server (and not sent by a client to an
// app served some other way, e.g. plain `next start`): a secret that lives only in this process.
export const SERVER_TOKEN_HEADER = "x-essaim-server-token";

type StartOptions = {
  port: number;
  hostname?: string;
  dev?: boolean;
  databaseUrl: string;
  /** A direct connection for LISTEN (not through PgBouncer); defaults to `databaseUrl`. */
  listenUrl?: string;
  /** The page cache for signed-out visitors (on by default; off to measure without it). */
  pageCache?: boolean;
};

export async function startServer(options: StartOptions): Promise<{ close(): Promise<void>; url: string; pageCacheStats(): PageCacheStats | null }> {
  process.env.ESSAIM_SERVER_TOKEN ??= randomBytes(24).toString("base64url");
  const serverToken = process.env.ESSAIM_SERVER_TOKEN;
  const app = next({ dev: options.dev ?? false, hostname: options.hostname ?? "localhost", port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Off in development: hot reload changes pages without any publication.
  const pageCache = options.pageCache === false || options.dev ? null : createPageCache();
  const listener = await startInvalidationListener({ url: options.listenUrl ?? options.databaseUrl, log: (message) => console.warn(message) });

  const probe = new pg.Pool({ connectionString: options.databaseUrl, max: 1, connectionTimeoutMillis: 1500, idleTimeoutMillis: 10_000 });
  probe.on("error", () => {});
  let databaseUp = true;
  let checkedAt = 0;
  let pending: Promise<void> | null = null;
  async function databaseAvailable(): Promise<boolean> {
    // "Up" is trusted for half a second; "down" is re-checked on every request.
    if (databaseUp && Date.now() - checkedAt < 500) return databaseUp;
    pending ??= probe
      .query("SELECT 1")
      .then(() => void (databaseUp = true))
      .catch(() => void (databaseUp = false))
      .finally(() => {
        checkedAt = Date.now();
        pending = null;
      });
    await pending;
    return databaseUp;
  }

  // At most a few renders at once, the others wait their turn: 200 renders at once held 1 GB
  // and thrashed the collector for no more throughput (ADR 0080). Cached pages do not wait.
  const renders = pLimit(Math.max(4, os.availableParallelism() * 4));
  // Behind nginx every socket comes from the proxy: TRUSTED_PROXIES lets its X-Forwarded-For count.
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const server = http.createServer(async (req, res) => {
    req.headers[CLIENT_IP_HEADER] = forwardedClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
    req.headers[SERVER_TOKEN_HEADER] = serverToken;
    const path = req.url ?? "/";
    // An encoded NUL cannot name anything here and PostgreSQL refuses it in any text:
    // one clear 400 at the door rather than a check in every page and route.
    if (path.includes("%00")) {
      refuse(res, path, 400, { error: "Adresse invalide : elle contient un caractère nul (%00)." }, BAD_ADDRESS_PAGE);
      return;
    }
    // A path segment that is not valid percent-encoded UTF-8 (/alliances/%E9) names nothing
    // either; Next would fail to decode it and answer 500.
    if (!decodablePath(path)) {
      refuse(res, path, 400, { error: "Adresse invalide : un segment n'est pas un encodage UTF-8 valide." }, BAD_ENCODING_PAGE);
      return;
    }
    if (!path.startsWith("/_next/") && !path.startsWith("/favicon") && !(await databaseAvailable())) {
      res.setHeader("Retry-After", "5");
      refuse(res, path, 503, { status: "unavailable", database: "down", message: "Base de données injoignable" }, UNAVAILABLE_PAGE);
      return;
    }
    // Pool saturated (every connection busy, requests queued for over a second): a quick 503
    // now rather than a request that waits its turn for seconds, then fails.
    const pressure = poolPressure();
    if (!path.startsWith("/_next/") && pressure?.oldestWaitSince && Date.now() - pressure.oldestWaitSince > SATURATED_AFTER_MS) {
      res.setHeader("Retry-After", "2");
      refuse(res, path, 503, { status: "unavailable", database: "busy", message: "Base de données saturée" }, BUSY_PAGE);
      return;
    }
    // A request that failed because no connection came, or because the database went away,
    // is a 503 (with Retry-After), not an internal error.
    const startedAt = Date.now();
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    (res as unknown as { writeHead: (...args: unknown[]) => http.ServerResponse }).writeHead = (status: unknown, ...rest: unknown[]) => {
      const pool = poolPressure();
      const databaseTrouble = !databaseUp || (pool?.lastTimeoutAt ?? 0) >= startedAt || (pool?.lastConnectionLostAt ?? 0) >= startedAt - 1000;
      if (status === 500 && databaseTrouble) {
        res.setHeader("Retry-After", "5");
        return writeHead(503, ...rest);
      }
      return writeHead(status, ...rest);
    };
    // A server error may mean the database just went away: check again on the next request.
    res.on("finish", () => {
      if (res.statusCode >= 500) checkedAt = 0;
    });
    if (pageCache && (await pageCache.serve(req, res))) return;
    const render = () =>
      // A visitor who left while waiting costs no render. The slot is freed when Next is done
      // (it stops rendering for a visitor who leaves), not when the socket closes: a render
      // left running in the background must still count.
      res.destroyed || req.destroyed
        ? Promise.resolve()
        : handle(req, res).catch((error: unknown) => {
            console.error(error);
            if (!res.headersSent) res.statusCode = 500;
            res.end();
          });
    if (path.startsWith("/_next/static/")) void render();
    else void renders(render);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname ?? "0.0.0.0", resolve));
  return {
    url: `http://localhost:${options.port}`,
    pageCacheStats: () => pageCache?.stats() ?? null,
    async close() {
      // Stop accepting, drop idle keep-alive sockets, give requests in flight 5 s to finish.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      server.closeAllConnections();
      await probe.end().catch(() => {});
      await listener.close();
      await app.close?.();
      // The app's Prisma client (lib/db.ts) lives on globalThis: end its pool before the
      // database goes away, so a stop does not log every idle connection as "lost".
      const clients = globalThis as { essaimPrisma?: { $disconnect(): Promise<void> }; essaimReplica?: { $disconnect(): Promise<void> } | null };
      await clients.essaimPrisma?.$disconnect().catch(() => {});
      await clients.essaimReplica?.$disconnect().catch(() => {});
    },
  };
}

/** True when every segment of the path (before "?") decodes as UTF-8. */
export function decodablePath(url: string): boolean {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (!path.includes("%")) return true;
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** An answer given before Next: JSON for the API, a French page for everything else. */
function refuse(res: http.ServerResponse, path: string, status: number, json: object, page: string): void {
  res.statusCode = status;
  const headers = securityHeaders({ path, publicUrl: process.env.AUTH_URL, tileUrl: process.env.MAP_TILE_URL });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("Cache-Control", "no-store");
  const api = path.startsWith("/api/");
  res.setHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
  res.end(api ? JSON.stringify(json) : page);
}

const BAD_ADDRESS_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Adresse invalide — Essaim</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}h1{font-size:1.5rem}</style></head>
<body><main><h1>Adresse invalide</h1><p>Cette adresse contient un caractère nul (%00) qu'Essaim ne peut pas lire. Vérifiez le lien ou <a href="/">revenez à l'accueil</a>.</p></main></body></html>`;

const BAD_ENCODING_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Adresse invalide — Essaim</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}h1{font-size:1.5rem}</style></head>
<body><main><h1>Adresse invalide</h1><p>Cette adresse contient des caractères mal encodés qu'Essaim ne peut pas lire. Vérifiez le lien ou <a href="/">revenez à l'accueil</a>.</p></main></body></html>`;

const BUSY_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="5"><title>Service très sollicité — Essaim</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}h1{font-size:1.5rem}</style></head>
<body><main><h1>Service très sollicité</h1><p>Essaim reçoit beaucoup de demandes en ce moment. Réessayez dans quelques secondes : cette page se recharge d'elle-même.</p></main></body></html>`;

const UNAVAILABLE_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="10"><title>Service momentanément indisponible — Essaim</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}h1{font-size:1.5rem}</style></head>
<body><main><h1>Service momentanément indisponible</h1><p>Essaim ne parvient pas à joindre sa base de données. Réessayez dans quelques instants : le service reprendra de lui-même, cette page se recharge toutes les 10 secondes.</p></main></body></html>`;
