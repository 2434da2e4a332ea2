// One indicator's measurements over time against its baseline and target: a small SVG
// drawn on the server (no script), with a text summary for screen readers; the table
// beside it carries the same figures.
import type { IndicatorView } from "@/lib/impact/service";
import { intlLocaleOf } from "@/lib/i18n/format";
import { useLocale } from "next-intl";

const W = 560;
const H = 220;
const PAD = { left: 48, right: 16, top: 16, bottom: 32 };

export function IndicatorChart({ indicator, label, labels }: { indicator: IndicatorView; label: string; labels: { baseline: string; target: string } }) {
  const fmt = intlLocaleOf(useLocale());
  const points = indicator.measurements.map((m) => ({ t: Date.parse(m.measuredOn), v: m.value }));
  const times = [...points.map((p) => p.t), ...(indicator.baseline ? [Date.parse(indicator.baseline.date)] : []), ...(indicator.target ? [Date.parse(indicator.target.date)] : [])];
  const values = [...points.map((p) => p.v), ...(indicator.baseline ? [indicator.baseline.value] : []), ...(indicator.target ? [indicator.target.value] : [])];
  if (values.length === 0) return null;
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  let [v0, v1] = [Math.min(...values), Math.max(...values)];
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  const margin = (v1 - v0) * 0.1;
  [v0, v1] = [v0 - margin, v1 + margin];
  const x = (t: number) => PAD.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  const number = new Intl.NumberFormat(fmt, { maximumFractionDigits: 2 });
  const year = (t: number) => new Date(t).getUTCFullYear();
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="img" aria-label={label} data-testid="indicator-chart">
      <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#a8a29e" />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#a8a29e" />
      <text x={PAD.left - 6} y={y(v1 - margin) + 4} textAnchor="end" fontSize="11" fill="#44403c">
        {number.format(v1 - margin)}
      </text>
      <text x={PAD.left - 6} y={y(v0 + margin) + 4} textAnchor="end" fontSize="11" fill="#44403c">
        {number.format(v0 + margin)}
      </text>
      <text x={PAD.left} y={H - 10} fontSize="11" fill="#44403c">
        {year(t0)}
      </text>
      <text x={W - PAD.right} y={H - 10} textAnchor="end" fontSize="11" fill="#44403c">
        {year(t1)}
      </text>
      {indicator.baseline && (
        <g data-testid="chart-baseline">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(indicator.baseline.value)} y2={y(indicator.baseline.value)} stroke="#78716c" strokeDasharray="4 4" />
          <text x={W - PAD.right} y={y(indicator.baseline.value) - 4} textAnchor="end" fontSize="11" fill="#44403c">
            {labels.baseline} {number.format(indicator.baseline.value)}
          </text>
        </g>
      )}
      {indicator.target && (
        <g data-testid="chart-target">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(indicator.target.value)} y2={y(indicator.target.value)} stroke="#15803d" strokeDasharray="6 3" strokeWidth="2" />
          <text x={W - PAD.right} y={y(indicator.target.value) - 4} textAnchor="end" fontSize="11" fill="#166534">
            {labels.target} {number.format(indicator.target.value)}
          </text>
        </g>
      )}
      {points.length > 1 && <polyline points={points.map((p) => `${x(p.t)},${y(p.v)}`).join(" ")} fill="none" stroke="#9a3412" strokeWidth="2" />}
      {points.map((p, index) => (
        <circle key={index} cx={x(p.t)} cy={y(p.v)} r="4.5" fill="#c2410c" data-testid="chart-point" data-value={p.v} />
      ))}
    </svg>
  );
}
