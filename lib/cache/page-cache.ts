// The shared page cache in front of Next for signed-out visitors (ADR 0080): a public page
// asked for without a session is rendered once and served to every visitor for a few
// seconds, cleared on every instance as soon as published content changes. A session cookie,
// a client-side navigation (RSC) or any other method goes straight to Next. A cached page's
// CSP nonce is replaced by a fresh one on every answer, so no two answers share a nonce.
import crypto from "node:crypto";
import type http from "node:http";
import zlib from "node:zlib";
import { promisify } from "node:util";
import { LRUCache } from "lru-cache";
import { isListening, onPublishedChange, publishedGeneration } from "./published-results";

/** The pages a signed-out visitor sees the same way as any other (path only, any query). */
const PUBLIC_PAGES = [/^\/$/, /^\/alliances$/, /^\/alliances\/[^/]+$/, /^\/impact$/, /^\/trouver-un-pair$/, /^\/reseau\/essaimage$/, /^\/catalyseurs\/[^/]+$/];
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const ENGLISH = /(?:^|;\s*)NEXT_LOCALE=en(?:;|$)/;
/** Browsers may keep the page (back/forward cache) but ask again for a normal visit. */
export const PUBLIC_CACHE_CONTROL = "private, no-cache";
const CACHE_HEADER = "x-essaim-cache";
// Headers that belong to one answer, not to the page.
const HOP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "set-cookie", CACHE_HEADER]);
const gzip = promisify(zlib.gzip);

type Entry = { at: number; status: number; headers: Record<string, string | string[]>; body: string; nonce: string | null };

/** The cache key of a request that may be answered from the cache, or null. */
export function pageCacheKey(req: http.IncomingMessage): string | null {
  if (req.method !== "GET") return null;
  const url = req.url ?? "/";
  const pathname = url.split("?", 1)[0]!;
  if (!PUBLIC_PAGES.some((page) => page.test(pathname))) return null;
  const headers = req.headers;
  // Client-side navigations ask for an RSC payload shaped by what the browser already has.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers["next-action"] || headers.authorization) return null;
  const cookie = headers.cookie ?? "";
  if (SESSION_COOKIE.test(cookie)) return null;
  return `${ENGLISH.test(cookie) ? "en" : "fr"} ${url}`;
}

export type PageCacheStats = { hits: number; misses: number; entries: number; bytes: number };

export type PageCache = {
  /** Answers from the cache (true), or prepares `res` to fill it and returns false: then hand the request to Next. */
  serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  stats(): PageCacheStats;
  clear(): void;
};

/**
 * `ttlMs`: how long a page is fresh. Past that, and for `staleMs` more, one visitor renders it
 * again while the others still get the previous copy (stale-while-revalidate): a busy page is
 * rendered at most once per `ttlMs`, and nobody waits for it. A publication deletes every copy:
 * a page is never served stale past a change announced by any instance.
 */
export function createPageCache(options: { ttlMs?: number; staleMs?: number; maxBytes?: number } = {}): PageCache {
  const ttlMs = options.ttlMs ?? 10_000;
  const entries = new LRUCache<string, Entry>({
    max: 5_000,
    maxSize: options.maxBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.body.length),
    ttl: ttlMs + (options.staleMs ?? 30_000),
  });
  // One render per page at a time: visitors arriving meanwhile wait for it.
  const filling = new Map<string, Promise<Entry | undefined>>();
  const counters = { hits: 0, misses: 0 };
  onPublishedChange(() => entries.clear());

  async function answer(req: http.IncomingMessage, res: http.ServerResponse, entry: Entry): Promise<void> {
    let body = entry.body;
    const headers: Record<string, string | string[]> = { ...entry.headers, [CACHE_HEADER]: "HIT" };
    if (entry.nonce) {
      const nonce = crypto.randomBytes(16).toString("base64");
      body = body.split(entry.nonce).join(nonce);
      for (const [name, value] of Object.entries(headers)) {
        if (typeof value === "string" && value.includes(entry.nonce)) headers[name] = value.split(entry.nonce).join(nonce);
      }
    }
    let payload = Buffer.from(body);
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && payload.length > 1024) {
      payload = await gzip(payload, { level: 5 });
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(payload.length);
    res.writeHead(entry.status, headers);
    res.end(payload);
  }

  return {
    async serve(req, res) {
      const key = pageCacheKey(req);
      if (!key || !isListening()) return false;
      const kept = entries.get(key);
      const pending = filling.get(key);
      // Fresh, or stale while someone is already rendering it again: answered at once.
      const cached = kept && (Date.now() - kept.at < ttlMs || pending) ? kept : kept ? undefined : await pending;
      if (cached) {
        counters.hits += 1;
        await answer(req, res, cached);
        return true;
      }
      counters.misses += 1;
      fill(key, req, res);
      return false;
    },
    stats: () => ({ ...counters, entries: entries.size, bytes: entries.calculatedSize }),
    clear: () => entries.clear(),
  };

  /** Lets Next answer, keeping a copy of a plain 200 HTML page; marks it cacheable for the browser too. */
  function fill(key: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    const generation = publishedGeneration();
    // The copy must be plain text, to swap its nonce: Next is asked for it uncompressed.
    delete req.headers["accept-encoding"];
    let settle: (entry: Entry | undefined) => void = () => {};
    const pending = new Promise<Entry | undefined>((resolve) => (settle = resolve));
    filling.set(key, pending);
    const release = () => {
      if (filling.get(key) === pending) filling.delete(key);
    };
    const chunks: Buffer[] = [];
    const originalWriteHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    const originalWrite = res.write.bind(res) as (...args: unknown[]) => boolean;
    const originalEnd = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    };
    (res as { writeHead: unknown }).writeHead = (...args: unknown[]) => {
      if ((typeof args[0] === "number" ? args[0] : res.statusCode) === 200) {
        res.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
        const last = args[args.length - 1];
        if (last && typeof last === "object" && !Array.isArray(last)) {
          for (const name of Object.keys(last)) if (name.toLowerCase() === "cache-control") delete (last as Record<string, unknown>)[name];
        }
      }
      res.setHeader(CACHE_HEADER, "MISS");
      return originalWriteHead(...args);
    };
    (res as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return originalWrite(chunk, ...rest);
    };
    (res as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return originalEnd(chunk, ...rest);
    };
    const done = () => {
      release();
      const entry = storable(res, chunks);
      if (entry && generation === publishedGeneration() && isListening()) {
        entries.set(key, entry);
        settle(entry);
      } else settle(undefined);
    };
    res.once("finish", done);
    // An answer cut short (client gone) keeps nothing; waiters render for themselves.
    res.once("close", () => {
      release();
      settle(undefined);
    });
  }
}

function storable(res: http.ServerResponse, chunks: Buffer[]): Entry | undefined {
  const type = String(res.getHeader("content-type") ?? "");
  if (res.statusCode !== 200 || !type.startsWith("text/html") || res.getHeader("set-cookie") || res.getHeader("content-encoding")) return undefined;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value : String(value);
  }
  const csp = String(res.getHeader("content-security-policy") ?? res.getHeader("content-security-policy-report-only") ?? "");
  return { at: Date.now(), status: 200, headers, body: Buffer.concat(chunks).toString("utf8"), nonce: /'nonce-([^']+)'/.exec(csp)?.[1] ?? null };
}
