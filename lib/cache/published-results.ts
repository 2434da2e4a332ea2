// Answers computed from published content, kept a few seconds per instance: published
// content changes only when an admin decides (or a catalyst records a measurement or a
// replication is confirmed), and every such change clears them on every instance: here at
// once, elsewhere through PostgreSQL NOTIFY (lib/cache/listener.ts). See ADR 0008 and 0080.
//
// The registry lives on globalThis: the server (server.ts, run by tsx) and the app's bundle
// (built by Next) each load their own copy of this module, and both must clear the same caches.
export const INVALIDATION_CHANNEL = "essaim_published";

const DEFAULT_TTL_MS = 10_000;
type Entry = { at: number; value: Promise<unknown> };
type Registry = {
  clearers: Set<() => void>;
  /** Bumped by every clear: a computation started before a change must not be kept after it. */
  generation: number;
  /** False while the instance cannot hear other instances' changes (listener disconnected). */
  listening: boolean;
  /** The primary's WAL position after the latest change this instance knows of (ADR 0081). */
  changeLsn: string | null;
  /** Set by lib/db.ts when a replica is configured: runs a computation on it if it is caught up. */
  publicReadScope?: <T>(compute: () => Promise<T>) => Promise<T>;
};

const globalForCaches = globalThis as unknown as { essaimPublishedCaches?: Registry };
const registry: Registry = (globalForCaches.essaimPublishedCaches ??= { clearers: new Set(), generation: 0, listening: true, changeLsn: null });

/**
 * A per-process cache of `compute()` by key. Requests for the same key while it is being
 * computed share the same answer (one database query for a burst of visitors); a failure
 * is not kept. While the instance cannot hear other instances (its LISTEN connection is
 * down), nothing is kept: other instances' changes could not clear it.
 */
export function publishedResultCache<T>(options: number | { size?: number; ttlMs?: number } = {}): (key: string, compute: () => Promise<T>) => Promise<T> {
  const { size = 500, ttlMs = DEFAULT_TTL_MS } = typeof options === "number" ? { size: options } : options;
  const cache = new Map<string, Entry>();
  registry.clearers.add(() => cache.clear());
  return (key, compute) => {
    if (!registry.listening) return compute();
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value as Promise<T>;
    const entry: Entry = { at: Date.now(), value: registry.publicReadScope ? registry.publicReadScope(compute) : compute() };
    entry.value.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return entry.value as Promise<T>;
  };
}

/** Registers another cache of published content (the page cache) to be cleared with the others. */
export function onPublishedChange(clear: () => void): void {
  registry.clearers.add(clear);
}

/** The current generation: compare before and after a computation to know whether a change happened meanwhile. */
export function publishedGeneration(): number {
  return registry.generation;
}

/** Whether this instance hears other instances' changes right now. */
export function isListening(): boolean {
  return registry.listening;
}

/** Set by the listener: while false, caches keep nothing. */
export function setListening(listening: boolean): void {
  registry.listening = listening;
  if (!listening) clearPublishedResults();
}

/** Clears this instance's caches (what a notification from another instance does). */
export function clearPublishedResults(): void {
  registry.generation += 1;
  for (const clear of registry.clearers) clear();
}

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;
const lsnValue = (lsn: string) => {
  const [, high, low] = LSN.exec(lsn)!;
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
};

/** Records a change's WAL position (from a notification or this instance's own change); keeps the latest. */
export function noteChangeLsn(lsn: string | null | undefined): void {
  if (!lsn || !LSN.test(lsn)) return;
  if (!registry.changeLsn || lsnValue(lsn) > lsnValue(registry.changeLsn)) registry.changeLsn = lsn.toUpperCase();
}

/** The latest change's WAL position: a replica serves published content only once it has replayed it. */
export function changeLsn(): string | null {
  return registry.changeLsn;
}

/** lib/db.ts registers how to read published content from a replica. */
export function setPublicReadScope(scope: <T>(compute: () => Promise<T>) => Promise<T>): void {
  registry.publicReadScope = scope;
}
