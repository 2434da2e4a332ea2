// Open redirects after sign-in (issue 14, finding 2): only same-origin paths, as valid headers.
import { describe, expect, it } from "vitest";
import { safeRedirectPath, safeRedirectUrl } from "@/lib/security/redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/\t/evil.test", "/"],
    ["/\n/evil.test", "/"],
    ["//evil.test", "/"],
    ["/\\evil.test", "/"],
    ["/\\\\evil.test", "/"],
    ["https://evil.test/", "/"],
    ["javascript:alert(1)", "/"],
    ["evil.test", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("sends %j home", (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected);
  });

  it.each([
    ["/espace", "/espace"],
    ["/alliances/silver-geek?onglet=impact#contact", "/alliances/silver-geek?onglet=impact#contact"],
    ["/a\nb", "/ab"],
    ["/\u3002evil.test", "/%E3%80%82evil.test"],
    ["/alliances/é", "/alliances/%C3%A9"],
  ])("keeps %j as a header-safe path", (target, expected) => {
    const path = safeRedirectPath(target);
    expect(path).toBe(expected);
    // Every character is valid in a Location header.
    expect(path).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe("safeRedirectUrl", () => {
  it("keeps same-origin targets and refuses others", () => {
    expect(safeRedirectUrl("/espace", "http://localhost:3000")).toBe("http://localhost:3000/espace");
    expect(safeRedirectUrl("http://localhost:3000/mes-demandes", "http://localhost:3000")).toBe("http://localhost:3000/mes-demandes");
    expect(safeRedirectUrl("https://evil.test/", "http://localhost:3000")).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("/\t/evil.test", "http://localhost:3000")).toBe("http://localhost:3000/");
  });
});
