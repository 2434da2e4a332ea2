// The client's address behind trusted reverse proxies (nginx in the cluster): when the socket
// peer is one of TRUSTED_PROXIES, the address is the nearest X-Forwarded-For hop that is not
// a trusted proxy itself. Anything else a client sends in that header is ignored.
const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/;

function normalise(address: string): string {
  const trimmed = address.trim();
  return MAPPED_V4.exec(trimmed)?.[1] ?? trimmed;
}

/** Parses TRUSTED_PROXIES ("127.0.0.1, ::1"): exact addresses, comma-separated. */
export function parseTrustedProxies(value: string | undefined): Set<string> {
  return new Set((value ?? "").split(",").map(normalise).filter(Boolean));
}

export function forwardedClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: Set<string>): string {
  let address = normalise(socketAddress ?? "");
  if (!trusted.has(address)) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalise).filter(Boolean);
  while (hops.length > 0) {
    address = hops.pop()!;
    if (!trusted.has(address)) break;
  }
  return address;
}
