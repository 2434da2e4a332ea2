import { describe, expect, it } from "vitest";
import { invalidatePublishedResults, publishedResultCache } from "./published-results";

describe("publishedResultCache", () => {
  it("computes once for a burst of identical requests, and again after an invalidation", async () => {
    const cached = publishedResultCache<number>();
    let calls = 0;
    const compute = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return calls;
    };
    expect(await Promise.all([cached("k", compute), cached("k", compute), cached("k", compute)])).toEqual([1, 1, 1]);
    expect(await cached("k", compute)).toBe(1);
    expect(await cached("other", compute)).toBe(2);
    invalidatePublishedResults();
    expect(await cached("k", compute)).toBe(3);
  });

  it("does not keep a failure: the next request computes again", async () => {
    const cached = publishedResultCache<string>();
    await expect(cached("k", async () => Promise.reject(new Error("base indisponible")))).rejects.toThrow("base indisponible");
    expect(await cached("k", async () => "ok")).toBe("ok");
  });
});
