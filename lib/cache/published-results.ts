// Answers computed from published content, kept a few seconds per instance: published
// content changes only when an admin decides (or a catalyst records a measurement or a
// replication is confirmed), and every such change clears them all (other instances catch
// up within the TTL). See ADR 0008.
const TTL_MS = 10_000;
type Entry = { at: number; value: Promise<unknown> };
const caches = new Set<Map<string, Entry>>();

/**
 * A per-process cache of `compute()` by key. Requests for the same key while it is being
 * computed share the same answer (one database query for a burst of visitors); a failure
 * is not kept.
 */
export function publishedResultCache<T>(size = 500): (key: string, compute: () => Promise<T>) => Promise<T> {
  const cache = new Map<string, Entry>();
  caches.add(cache);
  return (key, compute) => {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
    const entry: Entry = { at: Date.now(), value: compute() };
    entry.value.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return entry.value as Promise<T>;
  };
}

/** Called after every change of what is published. */
export function invalidatePublishedResults(): void {
  for (const cache of caches) cache.clear();
}
