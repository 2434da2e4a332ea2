// Where to send someone back to after sign-in: only a path of this site, never elsewhere.

// A name no real site has: the target is resolved against it, and must still be on it.
const OWN_ORIGIN = "http://essaim.invalid";

/**
 * The same-origin path `target` names, normalised by the URL parser exactly as a browser
 * would read it (tabs and new lines dropped, backslashes as slashes, non-ASCII
 * percent-encoded, so it is always a valid header value); anything else gives `fallback`.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(target, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "//host" cannot come out of a same-origin URL, but a path must never start so.
  return path.startsWith("//") || path.startsWith("/\\") ? fallback : path;
}

/** For Auth.js: an absolute URL on `baseUrl`, or `baseUrl` itself. */
export function safeRedirectUrl(target: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let candidate = target;
  try {
    const absolute = new URL(target, base);
    if (absolute.origin !== base.origin) return base.origin + "/";
    candidate = absolute.pathname + absolute.search + absolute.hash;
  } catch {
    return base.origin + "/";
  }
  return base.origin + safeRedirectPath(candidate);
}
