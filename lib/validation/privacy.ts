// Data rights forms: erasing one's own account (typed confirmation), an admin's export or
// erasure on a written request (its reference).
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { formCheckbox, formId, formText } from "@/lib/validation/form";

export const eraseOwnAccountSchema = z.object({
  confirmation: formText(254).pipe(z.string().min(1, { message: "privacy.errors.confirmEmail" })),
});

export const adminDataRequestSchema = z.object({
  userId: formId(),
  reference: formText(200).pipe(z.string().min(3, { message: "privacy.errors.referenceRequired" })),
});

export const adminEraseSchema = adminDataRequestSchema.extend({
  confirm: formCheckbox().pipe(z.literal(true, { message: "privacy.errors.confirmErase" })),
});
