// Rate limits against the real database, including concurrent attempts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { consumeRateLimit } from "./rate-limit";

describe("consumeRateLimit", () => {
  it("allows `limit` attempts in a window, then refuses with a wait", async () => {
    const key = `test:${Date.now()}:seq`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(key, 3, 60));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts concurrent attempts exactly", async () => {
    const key = `test:${Date.now()}:concurrent`;
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeRateLimit(key, 4, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(4);
  });

  it("starts a new window once the previous one has ended", async () => {
    const key = `test:${Date.now()}:window`;
    // A long window, then its end moved into the past: no sleeping, so a slow machine
    // cannot turn the second attempt into a new window.
    expect((await consumeRateLimit(key, 1, 60)).allowed).toBe(true);
    expect((await consumeRateLimit(key, 1, 60)).allowed).toBe(false);
    await db.$executeRaw`UPDATE "RateLimitBucket" SET "windowEnd" = now() - interval '1 second' WHERE "key" = ${key}`;
    expect((await consumeRateLimit(key, 1, 60)).allowed).toBe(true);
    expect((await consumeRateLimit(key, 1, 60)).allowed).toBe(false);
  });
});
