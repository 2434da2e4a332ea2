// Auth.js endpoints (magic-link callback, session, sign-out).
import { handlers } from "@/lib/auth/config";

export const { GET, POST } = handlers;
