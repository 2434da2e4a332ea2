// Loopback addresses (IPv4, IPv6 and IPv4-mapped IPv6).
const LOOPBACK = /^(127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;

export function isLoopbackAddress(address: string | null | undefined): boolean {
  return !!address && LOOPBACK.test(address.trim());
}
