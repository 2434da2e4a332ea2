import { describe, expect, it } from "vitest";
import { parisDay, parisMidnight, startOfParisMonth } from "./paris";

describe("Paris time", () => {
  it("gives the Paris day, which is not the UTC day around midnight", () => {
    expect(parisDay(new Date("2026-11-24T23:30:00Z"))).toBe("2026-11-25");
    expect(parisDay(new Date("2026-07-14T21:59:00Z"))).toBe("2026-07-14");
    expect(parisDay(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });

  it("gives midnight in Paris in winter and summer", () => {
    expect(parisMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(parisMidnight("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });

  it("starts the month at Paris midnight", () => {
    expect(startOfParisMonth(new Date("2026-11-24T12:00:00Z")).toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(startOfParisMonth(new Date("2026-07-31T23:30:00Z")).toISOString()).toBe("2026-07-31T22:00:00.000Z");
  });
});
