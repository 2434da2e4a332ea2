// Horizontal bars drawn on the server as SVG (no script): one bar per row, its label above it
// and its value at its end, so that long French labels fit on a phone. The table beside it
// carries the same figures for screen readers and spreadsheets.
export type Bar = { label: string; value: number; display?: string };

const W = 560;
const ROW = 36;
const BAR = 14;
const LABEL_W = 90;

export function BarChart({ bars, label, testId }: { bars: Bar[]; label: string; testId?: string }) {
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const height = bars.length * ROW + 4;
  const span = W - LABEL_W;
  return (
    <svg viewBox={`0 0 ${W} ${height}`} className="h-auto w-full" role="img" aria-label={label} data-testid={testId}>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const width = Math.max((Math.max(bar.value, 0) / max) * span, bar.value > 0 ? 2 : 0);
        return (
          <g key={`${bar.label}-${index}`} data-testid="chart-bar" data-label={bar.label} data-value={bar.value}>
            <text x={0} y={y + 12} fontSize="12" fill="#292524">
              {bar.label}
            </text>
            <rect x={0} y={y + 17} width={width} height={BAR} rx={2} fill="#a35c00" />
            <text x={width + 6} y={y + 28} fontSize="12" fill="#44403c">
              {bar.display ?? String(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
