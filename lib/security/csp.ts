// The security headers of every answer, in one place: pages (proxy.ts, with a per-request
// nonce), the answers server.ts writes itself (400, 503), and embeddable routes. No
// "server-only" here: server.ts imports it outside Next.

/** Routes under /embed/ may be framed by any site; every other page refuses to be framed. */
export function isEmbedPath(path: string): boolean {
  return path === "/embed" || path.startsWith("/embed/") || path.startsWith("/embed?");
}

/** A fresh, unpredictable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The origin a tile URL template loads from, as a CSP source: "https://{s}.tile.osm.org/…"
 * gives "https://*.tile.osm.org" (a placeholder in the first label becomes the wildcard).
 */
export function tileSource(template: string | undefined): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template?.trim() ?? "");
  if (!match) return null;
  const [, scheme, host] = match as unknown as [string, string, string];
  const labels = host.split(".");
  if (labels[0] && /\{[^}]*\}/.test(labels[0])) labels[0] = "*";
  const cleaned = labels.join(".");
  // Anything else left unparsable (a placeholder deeper in the host): allow the scheme only.
  if (/[{}\s;,']/.test(cleaned)) return `${scheme.toLowerCase()}:`;
  return `${scheme.toLowerCase()}://${cleaned}`;
}

export type SecurityOptions = {
  /** The request's path (with or without its query string). */
  path: string;
  /** Required for pages that run scripts; answers without scripts may leave it out. */
  nonce?: string;
  /** Development build: React needs eval for its debugging tools. */
  dev?: boolean;
  /** The public URL of the site (AUTH_URL); https adds Strict-Transport-Security. */
  publicUrl?: string;
  /** MAP_TILE_URL: map tiles are images from there. */
  tileUrl?: string;
};

export function contentSecurityPolicy(options: SecurityOptions): string {
  const scripts = options.nonce ? [`'nonce-${options.nonce}'`, "'strict-dynamic'"] : ["'none'"];
  if (options.dev) scripts.push("'unsafe-eval'");
  const tiles = tileSource(options.tileUrl ?? DEFAULT_TILE_URL);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scripts,
    // React renders style attributes (map previews) and Leaflet positions its panes inline.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": isEmbedPath(options.path) ? ["*"] : ["'none'"],
  };
  if (options.publicUrl?.startsWith("https:")) directives["upgrade-insecure-requests"] = [];
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** Every security header of an answer to `path`, Content-Security-Policy included. */
export function securityHeaders(options: SecurityOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self)",
  };
  if (!isEmbedPath(options.path)) headers["X-Frame-Options"] = "DENY";
  if (options.publicUrl?.startsWith("https:")) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** The headers every answer carries, static files included (next.config.ts). */
export const BASE_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];
