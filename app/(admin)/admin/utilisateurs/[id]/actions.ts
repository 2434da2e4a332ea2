"use server";
// An admin erases an account on the person's written request (its reference is audited).
import { defineAction } from "@/lib/actions/define-action";
import { eraseAccount } from "@/lib/privacy/service";
import { adminEraseSchema } from "@/lib/validation/privacy";

export const adminEraseAccountAction = defineAction({
  role: "ADMIN",
  input: adminEraseSchema,
  run: (input, { user }) => eraseAccount(user, input.userId, { reference: input.reference }),
  success: "privacy.admin.erased",
  revalidate: (input) => ["/admin/utilisateurs", `/admin/utilisateurs/${input.userId}`, "/admin"],
});
