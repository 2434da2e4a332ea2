"use server";
// Server actions of the sign-in page: ask for a magic link, sign out.
import { signOut } from "@/lib/auth/config";
import { defineAction } from "@/lib/actions/define-action";
import { requestSignInLink } from "@/lib/auth/sign-in";
import { signInSchema } from "@/lib/validation/auth";

export const requestMagicLinkAction = defineAction({
  role: "ANYONE",
  input: signInSchema,
  run: (input) => requestSignInLink(input.email, input.callbackUrl),
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
