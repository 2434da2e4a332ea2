import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("makes readable ASCII slugs from French names", () => {
    expect(slugify("Agir ensemble à Charenton – Saint-Maurice")).toBe("agir-ensemble-a-charenton-saint-maurice");
    expect(slugify("Silver Geek")).toBe("silver-geek");
    expect(slugify("  Œuvre   commune !! ")).toBe("oeuvre-commune");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("alliance");
  });
  it("bounds the length", () => {
    expect(slugify("a ".repeat(200)).length).toBeLessThanOrEqual(80);
  });
});
