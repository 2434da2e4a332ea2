// Asking for a magic link: the one way in, with its limits. At most 5 links per address and
// 30 per client address every 15 minutes, so that nobody can flood a mailbox or the SMTP
// server. Auth.js's own sign-in endpoint is closed (lib/auth/endpoints.ts).
import "server-only";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/local-request";

const LINK_WINDOW_SECONDS = 15 * 60;
export const LINKS_PER_ADDRESS = 5;
export const LINKS_PER_CLIENT = 30;

/** Counts one request against both limits; throws RATE_LIMITED when either is spent. */
export async function consumeSignInLimits(email: string): Promise<void> {
  const [perEmail, perClient] = await Promise.all([
    consumeRateLimit(`signin:email:${email}`, LINKS_PER_ADDRESS, LINK_WINDOW_SECONDS),
    consumeRateLimit(`signin:client:${(await clientAddress()) ?? "unknown"}`, LINKS_PER_CLIENT, LINK_WINDOW_SECONDS),
  ]);
  if (!perEmail.allowed || !perClient.allowed) {
    const minutes = Math.ceil(Math.max(perEmail.retryAfterSeconds, perClient.retryAfterSeconds) / 60);
    throw new AppError("RATE_LIMITED", "auth.tooManyLinks", { params: { minutes }, fieldErrors: { email: [{ key: "auth.tooManyLinks", params: { minutes } }] } });
  }
}

/** Sends a sign-in link (within the limits), then redirects to "check your e-mail". */
export async function requestSignInLink(email: string, redirectTo: string): Promise<void> {
  await consumeSignInLimits(email);
  try {
    await signIn("nodemailer", { email, redirectTo });
  } catch (error) {
    // A suspended account: explained on the sign-in error page, nothing is sent.
    if (error instanceof AuthError) redirect(`/connexion/erreur?error=${error.type === "AccessDenied" ? "AccessDenied" : "Default"}`);
    throw error;
  }
}
