// Cross-instance invalidation against the run's real PostgreSQL: a NOTIFY from another
// connection (another instance) clears this process's caches; a lost LISTEN connection turns
// caching off until it is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startInvalidationListener, type InvalidationListener } from "./listener";
import { INVALIDATION_CHANNEL, isListening, publishedResultCache } from "./published-results";
import { invalidatePublishedResults } from "./invalidate";

const url = process.env.DATABASE_URL!;
let listener: InvalidationListener;
let other: pg.Client;

async function until(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Date.now() - started;
}

beforeAll(async () => {
  listener = await startInvalidationListener({ url, heartbeatMs: 200 });
  other = new pg.Client({ connectionString: url });
  await other.connect();
});
afterAll(async () => {
  await listener.close();
  await other.end();
});

describe("invalidation across instances", () => {
  it("clears this instance's caches within a second of another instance's NOTIFY", async () => {
    const cached = publishedResultCache<number>();
    let calls = 0;
    const read = () => cached("figures", async () => ++calls);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await other.query(`SELECT pg_notify($1, 'other-instance')`, [INVALIDATION_CHANNEL]);
    let value = 1;
    const elapsed = await until(() => {
      void read().then((v) => (value = v));
      return value === 2;
    }, 1_000);
    expect(elapsed).toBeLessThan(1_000);
  });

  it("a NOTIFY on another channel clears nothing", async () => {
    const cached = publishedResultCache<number>();
    let calls = 0;
    expect(await cached("k", async () => ++calls)).toBe(1);
    await other.query(`SELECT pg_notify('something_else', 'x')`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await cached("k", async () => ++calls)).toBe(1);
  });

  it("announces this instance's own changes to the others", async () => {
    const heard: string[] = [];
    const spy = new pg.Client({ connectionString: url });
    await spy.connect();
    spy.on("notification", (message) => heard.push(message.channel));
    await spy.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    await invalidatePublishedResults();
    await until(() => heard.length > 0, 1_000);
    expect(heard).toContain(INVALIDATION_CHANNEL);
    await spy.end();
  });

  it("keeps nothing while its LISTEN connection is lost, and listens again by itself", async () => {
    expect(isListening()).toBe(true);
    await other.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'essaim-listen' AND datname = current_database()`);
    await until(() => !isListening(), 2_000);
    const cached = publishedResultCache<number>();
    let calls = 0;
    await cached("k", async () => ++calls);
    await cached("k", async () => ++calls);
    // The listener waits 250 ms before reconnecting: meanwhile nothing is kept.
    expect(calls).toBe(2);
    await until(() => isListening() && listener.connected(), 5_000);
    // Back: caching again, and notifications heard again.
    expect(await cached("k2", async () => 10)).toBe(10);
    expect(await cached("k2", async () => 11)).toBe(10);
    await other.query(`SELECT pg_notify($1, 'again')`, [INVALIDATION_CHANNEL]);
    let value = 10;
    await until(() => {
      void cached("k2", async () => 12).then((v) => (value = v));
      return value === 12;
    }, 1_000);
  });
});
