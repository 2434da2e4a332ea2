import { describe, expect, it } from "vitest";
import { canShowOutbox } from "./outbox-access";
import { trustedAddress } from "@/lib/security/loopback";

describe("local outbox access", () => {
  it("answers requests from this machine when no SMTP is configured", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.0.1.1"]) expect(canShowOutbox(undefined, address)).toBe(true);
  });
  it("refuses any other address, and a missing one", () => {
    for (const address of ["192.168.1.20", "10.0.0.1", "::ffff:10.0.0.1", "2001:db8::1", "", null, undefined, "127.0.0.1, 10.0.0.1"]) {
      expect(canShowOutbox(undefined, address)).toBe(false);
    }
  });
  it("never answers while SMTP is configured, even locally", () => {
    expect(canShowOutbox("smtp://mail.example.org:587", "127.0.0.1")).toBe(false);
  });
  it("ignores an address header that does not carry this server's token", () => {
    expect(trustedAddress("127.0.0.1", "secret-token", "secret-token")).toBe("127.0.0.1");
    expect(trustedAddress("127.0.0.1", null, "secret-token")).toBeNull();
    expect(trustedAddress("127.0.0.1", "forged", "secret-token")).toBeNull();
    expect(trustedAddress("127.0.0.1", "secret-token", undefined)).toBeNull();
  });
});
