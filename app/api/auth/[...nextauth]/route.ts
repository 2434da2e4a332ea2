// Auth.js endpoints the site uses (magic-link callback, session), see lib/auth/endpoints.ts.
export { GET, POST } from "@/lib/auth/endpoints";
