// The map's boundaries: the committed file is what the script builds from its npm sources,
// every département and région has an outline, and SVG paths are read as the spec says.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFranceMap, parsePath } from "./build-map";

describe("map of France", () => {
  it("reads relative moves after a closed subpath from the subpath's start", () => {
    expect(parsePath("m 10,10 5,0 0,5 z m 1,1 2,0 0,2 z")).toEqual([
      [[10, 10], [15, 10], [15, 15]],
      [[11, 11], [13, 11], [13, 13]],
    ]);
  });

  it("data/geo/france-map.json is up to date with scripts/build-map.ts", () => {
    const built = buildFranceMap();
    expect(Object.keys(built.departements)).toHaveLength(101);
    expect(Object.keys(built.regions)).toHaveLength(18);
    expect(Object.values(built.departements).every((d) => d.startsWith("M"))).toBe(true);
    expect(`${JSON.stringify(built, null, 1)}\n`).toBe(fs.readFileSync("data/geo/france-map.json", "utf8"));
  }, 30_000);
});
