"use client";
// Options fetched from an endpoint as the user types (debounced, stale answers dropped).
import { useEffect, useState } from "react";

export function useRemoteOptions<T>(endpoint: string, key: string, query: string, minLength = 2, delayMs = 150) {
  const [items, setItems] = useState<T[]>([]);
  const [searched, setSearched] = useState(false);
  const active = query.trim().length >= minLength;
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`${endpoint}?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : {}))
        .then((data: Record<string, T[]>) => {
          setItems(data[key] ?? []);
          setSearched(true);
        })
        .catch(() => {});
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, key, query, active, delayMs]);
  return { items: active ? items : [], searched: active && searched };
}
