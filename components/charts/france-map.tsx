// The map of France as a choropleth drawn on the server (SVG, no tiles, no script): each
// département or région is a link to its territory page, coloured by its count, with its
// name and count as the link's accessible name; overseas départements sit in insets.
import { franceMap } from "@/lib/geo/france-map";

export type MapLevel = "departements" | "regions";

const NONE = "#e7e5e4";
const SCALE = ["#fde7c2", "#f6b967", "#dc8a2a", "#a35c00", "#5c3300"];

/** Up to five classes of equal width from 1 to the maximum, as [from, to] (whole numbers). */
export function mapClasses(max: number): [number, number][] {
  if (max <= 0) return [];
  const count = Math.min(SCALE.length, max);
  const classes: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * max) / count) + 1;
    const to = Math.floor(((i + 1) * max) / count);
    if (to >= from) classes.push([from, to]);
  }
  return classes;
}

export function FranceMap({ level, values, names, href, label, accessibleName, legend, testId }: { level: MapLevel; values: Record<string, number>; names: Record<string, string>; href: (code: string) => string; label: string; accessibleName: (name: string, count: number) => string; legend: { none: string; range: (from: number, to: number) => string; title: string }; testId?: string }) {
  const map = franceMap();
  const shapes = level === "departements" ? map.departements : map.regions;
  const classes = mapClasses(Math.max(0, ...Object.values(values)));
  const colour = (count: number) => {
    if (count <= 0) return NONE;
    const index = classes.findIndex(([from, to]) => count >= from && count <= to);
    return SCALE[Math.max(index, 0) + (SCALE.length - classes.length)] ?? SCALE.at(-1)!;
  };
  const [x, y, w, h] = map.viewBox;
  return (
    <figure className="space-y-2">
      <svg viewBox={`${x} ${y} ${w} ${h}`} className="h-auto w-full" strokeLinejoin="round" stroke="#ffffff" strokeWidth={level === "departements" ? 0.6 : 1.2} role="group" aria-label={label} data-testid={testId} data-level={level}>
        {map.insets.map((inset) => (
          <g key={inset.code} aria-hidden="true">
            <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} fill="none" stroke="#a8a29e" strokeWidth={0.8} />
            <text x={inset.x + inset.width / 2} y={inset.y + inset.height + 12} textAnchor="middle" fontSize="10" fill="#44403c">
              {names[inset.code] ?? names[regionOfInset(inset.code)] ?? inset.code}
            </text>
          </g>
        ))}
        {Object.entries(shapes).map(([code, d]) => {
          const count = values[code] ?? 0;
          const name = names[code] ?? code;
          return (
            // Kept short: a hundred areas, each in the HTML and in React's payload.
            <a key={code} href={href(code)} aria-label={accessibleName(name, count)} data-code={code} className="map-area">
              <path d={d} fill={colour(count)} />
            </a>
          );
        })}
      </svg>
      <figcaption>
        <p className="text-sm font-medium">{legend.title}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="map-legend">
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-stone-400" style={{ backgroundColor: NONE }} />
            {legend.none}
          </li>
          {classes.map(([from, to]) => (
            <li key={from} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-stone-400" style={{ backgroundColor: colour(from) }} />
              {legend.range(from, to)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

// Overseas départements are régions of their own: their insets carry the same name.
const INSET_REGIONS: Record<string, string> = { "971": "01", "972": "02", "973": "03", "974": "04", "976": "06" };
function regionOfInset(code: string): string {
  return INSET_REGIONS[code] ?? code;
}
