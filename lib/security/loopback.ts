import { timingSafeEqual } from "node:crypto";

// Loopback addresses (IPv4, IPv6 and IPv4-mapped IPv6).
const LOOPBACK = /^(127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;

export function isLoopbackAddress(address: string | null | undefined): boolean {
  return !!address && LOOPBACK.test(address.trim());
}

/** The client address written by server.ts, only when it carries this process's token. */
export function trustedAddress(address: string | null, token: string | null, expected: string | undefined): string | null {
  if (!address || !token || !expected) return null;
  const given = Buffer.from(token);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? address : null;
}
