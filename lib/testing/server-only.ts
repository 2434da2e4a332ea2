// Stand-in for the "server-only" marker package under Vitest (tests are server-side).
export {};
