import { describe, expect, it } from "vitest";
import { forwardedClientAddress, parseTrustedProxies } from "./forwarded";

describe("forwardedClientAddress", () => {
  const trusted = parseTrustedProxies("127.0.0.1, ::1");

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(forwardedClientAddress("203.0.113.9", "127.0.0.1", trusted)).toBe("203.0.113.9");
    expect(forwardedClientAddress("203.0.113.9", "1.2.3.4", new Set())).toBe("203.0.113.9");
  });

  it("takes the nearest untrusted hop behind a trusted proxy, whatever the client prepended", () => {
    expect(forwardedClientAddress("::ffff:127.0.0.1", "198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(forwardedClientAddress("127.0.0.1", "127.0.0.1, 198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(forwardedClientAddress("127.0.0.1", "10.9.9.9, 198.51.100.7, 127.0.0.1", trusted)).toBe("198.51.100.7");
  });

  it("keeps the proxy's address when it forwards nothing, or only trusted hops", () => {
    expect(forwardedClientAddress("127.0.0.1", undefined, trusted)).toBe("127.0.0.1");
    expect(forwardedClientAddress("127.0.0.1", "::1", trusted)).toBe("::1");
  });
});
