// Next 16's proxy (formerly middleware): a fresh nonce for every page and the security
// headers built from it (lib/security/csp.ts). Next reads the nonce from the request's
// Content-Security-Policy header and puts it on its own scripts. Authorisation is not here:
// every page, action and route checks the caller itself (ADR 0006).
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, securityHeaders } from "@/lib/security/csp";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    path: request.nextUrl.pathname,
    nonce,
    dev: process.env.NODE_ENV === "development",
    publicUrl: process.env.AUTH_URL,
    tileUrl: process.env.MAP_TILE_URL,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files carry the base headers from next.config.ts; they need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon\\.ico).*)" }],
};
