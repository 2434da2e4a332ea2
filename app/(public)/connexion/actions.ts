"use server";
// Server actions of the sign-in page: ask for a magic link, sign out.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/config";
import { signInSchema } from "@/lib/validation/auth";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/local-request";
import fr from "@/messages/fr.json";

// Sign-in links: at most 5 per address and 30 per client address every 15 minutes, so that
// nobody can flood a mailbox or the SMTP server.
const LINK_WINDOW_SECONDS = 15 * 60;

export type SignInState = { email: string; error?: string };

export async function requestMagicLinkAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) {
    return { email: String(formData.get("email") ?? ""), error: parsed.error.issues[0]?.message };
  }
  const [perEmail, perClient] = await Promise.all([
    consumeRateLimit(`signin:email:${parsed.data.email}`, 5, LINK_WINDOW_SECONDS),
    consumeRateLimit(`signin:client:${(await clientAddress()) ?? "unknown"}`, 30, LINK_WINDOW_SECONDS),
  ]);
  if (!perEmail.allowed || !perClient.allowed) {
    const minutes = Math.ceil(Math.max(perEmail.retryAfterSeconds, perClient.retryAfterSeconds) / 60);
    return { email: parsed.data.email, error: fr.auth.tooManyLinks.replace("{minutes}", String(minutes)) };
  }
  try {
    // Redirects to the "check your e-mail" page.
    await signIn("nodemailer", { email: parsed.data.email, redirectTo: parsed.data.callbackUrl });
  } catch (error) {
    // A suspended account: explained on the sign-in error page, nothing is sent.
    if (error instanceof AuthError) redirect(`/connexion/erreur?error=${error.type === "AccessDenied" ? "AccessDenied" : "Default"}`);
    throw error;
  }
  return { email: parsed.data.email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
