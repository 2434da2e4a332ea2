"use server";
// Server actions of the sign-in page: ask for a magic link, sign out.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/config";
import { signInSchema } from "@/lib/validation/auth";

export type SignInState = { email: string; error?: string };

export async function requestMagicLinkAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) {
    return { email: String(formData.get("email") ?? ""), error: parsed.error.issues[0]?.message };
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
