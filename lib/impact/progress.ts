// Progress of an indicator towards its target, in %, respecting its direction.
export type ProgressInput = { baseline: number | null; target: number | null; latest: number | null; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" };

/**
 * (latest − baseline) / (target − baseline), as a whole percentage: 0 at the baseline,
 * 100 at the target, above 100 past it, negative when things went the wrong way. The
 * direction only says which side the target lies on, so the same formula serves both;
 * a target on the wrong side of the baseline, or missing figures, give null.
 */
export function progressPercent({ baseline, target, latest, direction }: ProgressInput): number | null {
  if (baseline === null || target === null || latest === null || target === baseline) return null;
  const improving = direction === "HIGHER_IS_BETTER" ? target > baseline : target < baseline;
  if (!improving) return null;
  return Math.round(((latest - baseline) / (target - baseline)) * 100);
}
