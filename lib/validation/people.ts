// People administration: the search of /admin/utilisateurs, role changes, suspension and
// catalyst invitations, shared by the forms, the services and the tests.
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { ROLES } from "@/lib/auth/roles";
import { plainText } from "@/lib/validation/alliance";
import { formId, searchParam } from "@/lib/validation/form";

export const userSearchSchema = z.object({
  q: searchParam(z.string().trim().max(100)).catch(undefined),
  role: searchParam(z.enum(ROLES)).catch(undefined),
  statut: searchParam(z.enum(["actif", "suspendu"])).catch(undefined),
  page: searchParam(z.coerce.number().int().min(1).max(1000)).catch(undefined),
});
export type UserSearch = z.infer<typeof userSearchSchema>;

export const suspensionSchema = z.object({
  reason: plainText(500).pipe(z.string().min(5, { message: "errors.people.reasonTooShort" })),
});
export type SuspensionInput = z.infer<typeof suspensionSchema>;

export const invitationSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "validation.invalidEmail" }).max(254, { message: "validation.invalidEmail" })),
});
export type InvitationInput = z.infer<typeof invitationSchema>;

/** The forms of /admin/utilisateurs: which account, and what to do with it. */
export const userTargetFormSchema = z.object({ userId: formId() });
export const changeRoleFormSchema = userTargetFormSchema.extend({ role: z.enum(ROLES, { message: "errors.people.unknownRole" }) });
export const suspendFormSchema = userTargetFormSchema.extend(suspensionSchema.shape);
