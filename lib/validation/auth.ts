// Sign-in form: an e-mail and where to go back afterwards (a local path only).
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { safeRedirectPath } from "@/lib/security/redirect";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "auth.invalidEmail" }).max(254, { message: "auth.invalidEmail" })),
  callbackUrl: z
    .string()
    .optional()
    .transform((value) => safeRedirectPath(value)),
});
export type SignInInput = z.infer<typeof signInSchema>;
