// The app pool's pressure, shared through globalThis between the pool (lib/database/client.ts,
// inside Next) and server.ts (outside it), which sheds load with a 503 rather than queueing.

export type PoolPressure = {
  /** Requests waiting for a connection right now. */
  waiting: number;
  /** Since when the oldest of them waits (ms since epoch), null when none does. */
  oldestWaitSince: number | null;
  /** When a request last gave up waiting for a connection (ms since epoch). */
  lastTimeoutAt: number;
  /** When a connection of the pool was last lost (the server went away). */
  lastConnectionLostAt: number;
};

const shared = globalThis as unknown as { essaimPoolPressure?: () => PoolPressure };

export function registerPoolPressure(read: () => PoolPressure): void {
  shared.essaimPoolPressure = read;
}

/** Null outside the app (scripts) or before its first query. */
export function poolPressure(): PoolPressure | null {
  return shared.essaimPoolPressure?.() ?? null;
}
