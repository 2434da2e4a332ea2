// Columns over time drawn on the server as SVG: one column per year, stacked by series when
// there are several (each series has its own colour and a legend in words).
export type ColumnSeries = { key: string; label: string; colour: string };
export type Column = { label: string; values: Record<string, number> };

const W = 560;
const H = 220;
const PAD = { left: 40, right: 8, top: 12, bottom: 28 };

export const SERIES_COLOURS = ["#a35c00", "#1d4ed8", "#15803d", "#7e22ce"];

export function ColumnChart({ columns, series, label, testId }: { columns: Column[]; series: ColumnSeries[]; label: string; testId?: string }) {
  if (columns.length === 0) return null;
  const totals = columns.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0));
  const max = Math.max(...totals, 0) || 1;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / columns.length;
  const barW = Math.max(Math.min(step * 0.7, 48), 2);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  // Labels every few columns when there are many years.
  const every = Math.ceil(columns.length / 10);
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label} data-testid={testId}>
        <line x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} stroke="#a8a29e" />
        <text x={PAD.left - 6} y={PAD.top + 8} textAnchor="end" fontSize="11" fill="#44403c">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end" fontSize="11" fill="#44403c">
          0
        </text>
        {columns.map((column, index) => {
          const x = PAD.left + index * step + (step - barW) / 2;
          let base = 0;
          return (
            <g key={column.label} data-testid="chart-column" data-label={column.label} data-value={totals[index]}>
              {series.map((s) => {
                const value = column.values[s.key] ?? 0;
                if (value <= 0) return null;
                const top = y(base + value);
                const rect = <rect key={s.key} x={x} y={top} width={barW} height={y(base) - top} fill={s.colour} />;
                base += value;
                return rect;
              })}
              {index % every === 0 && (
                <text x={x + barW / 2} y={H - 10} textAnchor="middle" fontSize="11" fill="#44403c">
                  {column.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption>
          <ul className="flex flex-wrap gap-4 text-sm">
            {series.map((s) => (
              <li key={s.key} className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: s.colour }} />
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
