"use server";
// People administration (admins only: defineAction checks the role, the service again).
import { defineAction } from "@/lib/actions/define-action";
import { changeRole, reinstateUser, suspendUser } from "@/lib/people/accounts";
import { inviteCatalyst } from "@/lib/people/invitations";
import { changeRoleFormSchema, invitationSchema, suspendFormSchema, userTargetFormSchema } from "@/lib/validation/people";

const revalidate = ["/admin/utilisateurs"];

export const changeRoleAction = defineAction({
  role: "ADMIN",
  input: changeRoleFormSchema,
  run: (input, { user }) => changeRole(user, input.userId, input.role),
  success: "adminUsers.done.roleChanged",
  revalidate,
});

export const suspendAction = defineAction({
  role: "ADMIN",
  input: suspendFormSchema,
  invalidKey: "errors.people.reasonInvalid",
  run: (input, { user }) => suspendUser(user, input.userId, { reason: input.reason }),
  success: "adminUsers.done.suspended",
  revalidate,
});

export const reinstateAction = defineAction({
  role: "ADMIN",
  input: userTargetFormSchema,
  run: (input, { user }) => reinstateUser(user, input.userId),
  success: "adminUsers.done.reinstated",
  revalidate,
});

export const inviteAction = defineAction({
  role: "ADMIN",
  input: invitationSchema,
  invalidKey: "errors.people.emailInvalid",
  run: (input, { user }) => inviteCatalyst(user, input),
  success: "adminUsers.done.invited",
  revalidate,
});
