// Visit requests and their replies: one schema for the forms and the server.
import { z } from "zod";
import "@/lib/validation/zod-locale";
import fr from "@/messages/fr.json";
import { plainText } from "@/lib/validation/alliance";

const v = fr.visits.validation;

/** Plain text of at least `min` characters once trimmed (a few words, not "ok"). */
function required(max: number, min: number, message: string) {
  return plainText(max).pipe(z.string().min(min, { message }));
}

export const VISIT_LIMITS = { whoAmI: 1000, territory: 200, wishes: 2000, availability: 500, reply: 4000 } as const;

export const CONTACT_STATUSES = ["NEW", "ANSWERED", "VISIT_PLANNED", "CLOSED"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const visitRequestSchema = z.object({
  whoAmI: required(VISIT_LIMITS.whoAmI, 10, v.whoAmI),
  territory: required(VISIT_LIMITS.territory, 2, v.territory),
  wishes: required(VISIT_LIMITS.wishes, 10, v.wishes),
  availability: required(VISIT_LIMITS.availability, 3, v.availability),
});
export type VisitRequestInput = z.infer<typeof visitRequestSchema>;

export const replySchema = z.object({
  body: required(VISIT_LIMITS.reply, 2, v.body),
  sharesEmail: z.boolean().default(false),
});
export type ReplyInput = z.infer<typeof replySchema>;

export const statusSchema = z.enum(CONTACT_STATUSES, { message: v.status });
