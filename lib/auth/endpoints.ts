// Auth.js's HTTP endpoints, narrowed to what the site uses. Sign-in starts only from the
// /connexion action, which applies the per-address and per-client limits: a direct
// `POST /api/auth/signin/nodemailer` would send links past them (issue 14). The browser
// gets its session as a name and a role, never the session token or the user row.
import "server-only";
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/session";
import { requestLocale } from "@/lib/i18n/locale";
import { problemResponse } from "@/lib/http/problem";
import { translate } from "@/lib/i18n/translate";

/** The action after /api/auth/ ("session", "callback/nodemailer", …). */
function authAction(request: NextRequest): string {
  return request.nextUrl.pathname.replace(/^\/api\/auth\/?/, "").replace(/\/$/, "");
}

async function refused(): Promise<Response> {
  const locale = await requestLocale();
  return problemResponse({ status: 404, detail: translate(locale, "hardening.auth.endpointClosed") }, locale);
}

// GET: the magic-link callback, and the pages Auth.js redirects to ours (sign-in, error,
// verify-request). The session answers only what a page script could need.
const OPEN_GET = /^(callback\/nodemailer|signin|error|verify-request|csrf|providers)$/;

export async function GET(request: NextRequest): Promise<Response> {
  const action = authAction(request);
  if (action === "session") {
    const user = await getCurrentUser();
    return Response.json(user ? { user: { name: user.publicName ?? user.name, role: user.role } } : null, { headers: { "Cache-Control": "no-store" } });
  }
  if (!OPEN_GET.test(action)) return refused();
  return handlers.GET(request);
}

/** Every Auth.js POST (sign-in, sign-out, session update) goes through the site's own actions. */
export async function POST(): Promise<Response> {
  return refused();
}
