import { afterEach, describe, expect, it } from "vitest";
import { changeLsn, clearPublishedResults, noteChangeLsn, publishedGeneration, publishedResultCache, setListening } from "./published-results";

describe("publishedResultCache", () => {
  afterEach(() => setListening(true));

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
    const generation = publishedGeneration();
    clearPublishedResults();
    expect(publishedGeneration()).toBe(generation + 1);
    expect(await cached("k", compute)).toBe(3);
  });

  it("does not keep a failure: the next request computes again", async () => {
    const cached = publishedResultCache<string>();
    await expect(cached("k", async () => Promise.reject(new Error("base indisponible")))).rejects.toThrow("base indisponible");
    expect(await cached("k", async () => "ok")).toBe("ok");
  });

  it("keeps nothing while the instance cannot hear other instances' changes", async () => {
    const cached = publishedResultCache<number>();
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cached("k", compute)).toBe(1);
    setListening(false);
    expect(await cached("k", compute)).toBe(2);
    expect(await cached("k", compute)).toBe(3);
    setListening(true);
    expect(await cached("k", compute)).toBe(4);
    expect(await cached("k", compute)).toBe(4);
  });

  it("honours its own lifetime", async () => {
    const cached = publishedResultCache<number>({ size: 1, ttlMs: 30 });
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cached("k", compute)).toBe(1);
    expect(await cached("k", compute)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await cached("k", compute)).toBe(2);
  });

  it("remembers the latest change's WAL position, never an older one", () => {
    noteChangeLsn("0/2B75538");
    noteChangeLsn("0/16B3748");
    expect(changeLsn()).toBe("0/2B75538");
    noteChangeLsn("1/00000010");
    expect(changeLsn()).toBe("1/00000010");
    noteChangeLsn("pas une position");
    expect(changeLsn()).toBe("1/00000010");
  });
});
