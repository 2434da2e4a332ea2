// Fixed-window rate limits kept in the database, so that they hold across instances.
import "server-only";
import { db } from "@/lib/db";

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/** Counts one attempt for `key`; allowed while at most `limit` attempts fall in the window. */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  // One atomic statement: concurrent attempts cannot both slip under the limit.
  const [row] = await db.$queryRaw<{ count: number; windowEnd: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowEnd")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowEnd" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowEnd" = CASE WHEN "RateLimitBucket"."windowEnd" <= now() THEN now() + make_interval(secs => ${windowSeconds}) ELSE "RateLimitBucket"."windowEnd" END
    RETURNING "count", "windowEnd"`;
  const count = row?.count ?? 1;
  const retryAfterSeconds = Math.max(1, Math.ceil(((row?.windowEnd.getTime() ?? Date.now()) - Date.now()) / 1000));
  return { allowed: count <= limit, retryAfterSeconds };
}
