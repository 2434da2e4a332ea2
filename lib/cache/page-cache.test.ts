// The page cache in front of a stand-in for Next: which requests it answers, what it keeps,
// the fresh nonce on every answer, and clearing on a publication.
import http from "node:http";
import crypto from "node:crypto";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPageCache, PUBLIC_CACHE_CONTROL } from "./page-cache";
import { clearPublishedResults } from "./published-results";

let renders = 0;
let renderDelayMs = 0;
let useShortCache = false;
const cache = createPageCache();
// Fresh for 100 ms, then served stale while one visitor renders it again.
const shortCache = createPageCache({ ttlMs: 100, staleMs: 5_000 });
// Answers like a Next page: a CSP with a nonce, the nonce on a script, Next's no-store header.
const server = http.createServer(async (req, res) => {
  if (await (useShortCache ? shortCache : cache).serve(req, res)) return;
  renders += 1;
  const nonce = crypto.randomBytes(16).toString("base64");
  const path = req.url ?? "/";
  if (renderDelayMs) await new Promise((resolve) => setTimeout(resolve, renderDelayMs));
  if (path.startsWith("/alliances/inconnue")) {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end("<p>introuvable</p>");
    return;
  }
  res.statusCode = 200;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  if (path.startsWith("/alliances/cookie")) res.setHeader("Set-Cookie", "x=1");
  const lang = /NEXT_LOCALE=en/.test(req.headers.cookie ?? "") ? "en" : "fr";
  res.write(`<html lang="${lang}"><body><p>render ${renders} ${path} ${"x".repeat(2000)}</p>`);
  res.end(`<script nonce="${nonce}">self.x=1</script></body></html>`);
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clearPublishedResults();
  renderDelayMs = 0;
  useShortCache = false;
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(base + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          let body = Buffer.concat(chunks);
          if (res.headers["content-encoding"] === "gzip") body = zlib.gunzipSync(body);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}
const nonceOf = (answer: Answer) => ({ header: /'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))?.[1], body: /nonce="([^"]+)"/.exec(answer.body)?.[1] });

describe("page cache", () => {
  it("renders a public page once for signed-out visitors, with a fresh nonce on every answer", async () => {
    const before = renders;
    const first = await get("/alliances?q=jeunes");
    const second = await get("/alliances?q=jeunes");
    expect(renders - before).toBe(1);
    expect(first.headers["x-essaim-cache"]).toBe("MISS");
    expect(second.headers["x-essaim-cache"]).toBe("HIT");
    expect(second.body.replace(/nonce="[^"]+"/, "")).toBe(first.body.replace(/nonce="[^"]+"/, ""));
    const [a, b] = [nonceOf(first), nonceOf(second)];
    expect(a.header).toBe(a.body);
    expect(b.header).toBe(b.body);
    expect(b.header).not.toBe(a.header);
    // Cacheable by the browser (back/forward cache), never no-store.
    expect(first.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
    expect(second.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
  });

  it("gives a session, another language, another address or a client-side navigation their own answer", async () => {
    await get("/impact");
    const before = renders;
    expect((await get("/impact", { cookie: "authjs.session-token=abc" })).headers["x-essaim-cache"]).toBeUndefined();
    expect((await get("/impact", { cookie: "__Secure-authjs.session-token=abc; NEXT_LOCALE=en" })).headers["x-essaim-cache"]).toBeUndefined();
    expect((await get("/impact", { rsc: "1" })).headers["x-essaim-cache"]).toBeUndefined();
    const english = await get("/impact", { cookie: "NEXT_LOCALE=en" });
    expect(english.body).toContain('lang="en"');
    expect(english.headers["x-essaim-cache"]).toBe("MISS");
    expect((await get("/impact?domaine=AGEING")).headers["x-essaim-cache"]).toBe("MISS");
    expect(renders - before).toBe(5);
    expect((await get("/impact", { cookie: "NEXT_LOCALE=en" })).headers["x-essaim-cache"]).toBe("HIT");
    expect((await get("/impact")).body).toContain('lang="fr"');
  });

  it("never keeps pages that are not public, errors, or answers that set a cookie", async () => {
    for (const path of ["/espace", "/admin/moderation", "/connexion", "/alliances/inconnue", "/alliances/cookie", "/api/health"]) {
      await get(path);
      const again = await get(path);
      expect(again.headers["x-essaim-cache"], path).not.toBe("HIT");
    }
  });

  it("forgets everything when published content changes", async () => {
    await get("/");
    expect((await get("/")).headers["x-essaim-cache"]).toBe("HIT");
    clearPublishedResults();
    expect((await get("/")).headers["x-essaim-cache"]).toBe("MISS");
  });

  it("does not keep a page whose rendering began before a publication", async () => {
    renderDelayMs = 100;
    const pending = get("/reseau/essaimage");
    await new Promise((resolve) => setTimeout(resolve, 30));
    clearPublishedResults();
    await pending;
    renderDelayMs = 0;
    expect((await get("/reseau/essaimage")).headers["x-essaim-cache"]).toBe("MISS");
  });

  it("renders once for a burst of visitors to the same page", async () => {
    renderDelayMs = 100;
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/trouver-un-pair?commune=86194")));
    expect(renders - before).toBe(1);
    expect(answers.every((answer) => answer.status === 200 && answer.body.includes("/trouver-un-pair?commune=86194"))).toBe(true);
  });

  it("compresses a cached page for clients that accept gzip", async () => {
    await get("/catalyseurs/abc");
    const zipped = await get("/catalyseurs/abc", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body).toContain("/catalyseurs/abc");
  });

  it("past its freshness, one visitor renders the page again while the others get the previous copy", async () => {
    useShortCache = true;
    const first = await get("/alliances?region=28");
    await new Promise((resolve) => setTimeout(resolve, 150));
    renderDelayMs = 200;
    const before = renders;
    const refreshing = get("/alliances?region=28");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const meanwhile = await get("/alliances?region=28");
    expect(meanwhile.headers["x-essaim-cache"]).toBe("HIT");
    expect(meanwhile.body).toContain(`render ${/render (\d+)/.exec(first.body)![1]} `);
    const refreshed = await refreshing;
    expect(refreshed.headers["x-essaim-cache"]).toBe("MISS");
    expect(renders - before).toBe(1);
    renderDelayMs = 0;
    const next = await get("/alliances?region=28");
    expect(next.headers["x-essaim-cache"]).toBe("HIT");
    expect(/render (\d+)/.exec(next.body)![1]).toBe(/render (\d+)/.exec(refreshed.body)![1]);
    // A publication removes the stale copies too.
    clearPublishedResults();
    expect((await get("/alliances?region=28")).headers["x-essaim-cache"]).toBe("MISS");
  });
});
