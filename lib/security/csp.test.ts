// The one place security headers are built: nonce, framing (embeds excepted), tiles, HSTS.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders, tileSource } from "@/lib/security/csp";

describe("security headers", () => {
  it("allow scripts only by nonce, no plugins, no base, no framing", () => {
    const csp = contentSecurityPolicy({ path: "/alliances", nonce: "abc" });
    expect(csp).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
    expect(contentSecurityPolicy({ path: "/" })).toContain("script-src 'none'");
    expect(securityHeaders({ path: "/" })["X-Frame-Options"]).toBe("DENY");
  });

  it("let any site frame /embed/ routes, and those only", () => {
    const embed = securityHeaders({ path: "/embed/carte", nonce: "n" });
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(embed["X-Frame-Options"]).toBeUndefined();
    expect(securityHeaders({ path: "/embedded" })["X-Frame-Options"]).toBe("DENY");
  });

  it("load map tiles from MAP_TILE_URL's origin", () => {
    expect(tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
    expect(tileSource("http://tiles.{s}.example.org/{z}.png")).toBe("http:");
    expect(tileSource("not a url")).toBeNull();
    expect(contentSecurityPolicy({ path: "/", tileUrl: "https://{s}.tile.example.org/{z}/{x}/{y}.png" })).toContain("img-src 'self' data: blob: https://*.tile.example.org");
  });

  it("add Strict-Transport-Security only when the public URL is https", () => {
    expect(securityHeaders({ path: "/", publicUrl: "https://essaim.example.org" })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ path: "/", publicUrl: "http://localhost:3000" })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("make a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
