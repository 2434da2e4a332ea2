"use server";
// Erasing one's own account, after typing one's e-mail address to confirm.
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors";
import { eraseAccount } from "@/lib/privacy/service";
import { forgetSessionCookie } from "@/lib/privacy/session-cookie";
import { eraseOwnAccountSchema } from "@/lib/validation/privacy";

export const eraseOwnAccountAction = defineAction({
  role: "MEMBER",
  input: eraseOwnAccountSchema,
  run: async (input, { user }) => {
    if (input.confirmation.trim().toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError("INVALID_INPUT", "privacy.errors.confirmMismatch", { fieldErrors: { confirmation: "privacy.errors.confirmMismatch" } });
    }
    await eraseAccount(user, user.id);
    await forgetSessionCookie();
    redirect("/compte-supprime");
  },
});
