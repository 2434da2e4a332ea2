"use server";
// Accepting a catalyst invitation: the account is created or upgraded, then a sign-in
// link goes to the same address (holding that inbox is what signs in, as everywhere).
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { acceptInvitation } from "@/lib/people/invitations";

export async function acceptInvitationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(() => acceptInvitation(String(formData.get("token") ?? "")));
  if (!result.ok || !result.data) return result;
  try {
    await signIn("nodemailer", { email: result.data.email, redirectTo: "/espace" }); // redirects to "check your e-mail"
  } catch (error) {
    if (error instanceof AuthError) redirect("/connexion/erreur?error=Default");
    throw error;
  }
  return result;
}
