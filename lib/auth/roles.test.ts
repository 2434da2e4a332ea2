import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("roles", () => {
  it("are cumulative and fail closed for visitors", () => {
    expect(hasRole(null, "MEMBER")).toBe(false);
    expect(hasRole(undefined, "MEMBER")).toBe(false);
    expect(hasRole("MEMBER", "CATALYST")).toBe(false);
    expect(hasRole("CATALYST", "ADMIN")).toBe(false);
    expect(hasRole("CATALYST", "CATALYST")).toBe(true);
    expect(hasRole("ADMIN", "CATALYST")).toBe(true);
    expect(hasRole("ADMIN", "MEMBER")).toBe(true);
  });
});
