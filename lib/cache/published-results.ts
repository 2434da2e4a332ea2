// Answers computed from published content, kept a few seconds per instance: published
// content changes only when an admin decides, and every decision clears them all
// (other instances catch up within the TTL). See ADR 0008.
const TTL_MS = 10_000;
const caches = new Set<Map<string, { at: number; value: unknown }>>();

export function publishedResultCache<T>(size = 500): (key: string, compute: () => Promise<T>) => Promise<T> {
  const cache = new Map<string, { at: number; value: unknown }>();
  caches.add(cache);
  return async (key, compute) => {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value as T;
    const value = await compute();
    cache.delete(key);
    cache.set(key, { at: Date.now(), value });
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return value;
  };
}

/** Called after every change of what is published. */
export function invalidatePublishedResults(): void {
  for (const cache of caches) cache.clear();
}
