import { describe, expect, it } from "vitest";
import { isValidSiren, normalizeOrganisationName } from "./organisation";

describe("organisations", () => {
  it("checks SIREN numbers with their Luhn key", () => {
    expect(isValidSiren("732829320")).toBe(true); // a real SIREN (Luhn-valid)
    expect(isValidSiren("356000000")).toBe(true); // La Poste, the documented exception
    expect(isValidSiren("732829321")).toBe(false);
    expect(isValidSiren("12345678")).toBe(false);
    expect(isValidSiren("abcdefghi")).toBe(false);
  });
  it("normalises names so that the same organisation is found again", () => {
    expect(normalizeOrganisationName("  Fondation  MACIF ")).toBe("fondation macif");
    expect(normalizeOrganisationName("Club Gravelle-Entreprendre")).toBe(normalizeOrganisationName("club gravelle entreprendre"));
    expect(normalizeOrganisationName("Élan Solidaire")).toBe("elan solidaire");
  });
});
