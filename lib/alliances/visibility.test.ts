import { describe, expect, it } from "vitest";
import { canSee } from "./visibility";

describe("field-group visibility", () => {
  const member = { id: "m", role: "MEMBER" as const };
  const admin = { id: "a", role: "ADMIN" as const };
  it("public: everyone; network: signed-in people; private: editors and admins", () => {
    expect(canSee("PUBLIC", null, false)).toBe(true);
    expect(canSee("NETWORK", null, false)).toBe(false);
    expect(canSee("NETWORK", member, false)).toBe(true);
    expect(canSee("PRIVATE", member, false)).toBe(false);
    expect(canSee("PRIVATE", member, true)).toBe(true);
    expect(canSee("PRIVATE", admin, false)).toBe(true);
  });
});
