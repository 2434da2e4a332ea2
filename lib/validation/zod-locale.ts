// Zod's own messages (checks without a message of their own) as message keys under
// validation.zod, with the issue's figures as parameters: translated where they reach the
// reader (AppError.fromZod, zodIssueMessage), never fixed to one language at parse time.
import { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

export function zodMessageKey(issue: RawIssue): string {
  const origin = (issue as { origin?: string }).origin;
  const collection = origin === "array" || origin === "set";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "validation.required" : "validation.zod.invalidType";
    case "too_big":
      return origin === "string" ? "validation.zod.tooLong" : collection ? "validation.zod.tooMany" : "validation.zod.tooBig";
    case "too_small":
      if (origin === "string") return Number(issue.minimum) <= 1 ? "validation.required" : "validation.zod.tooShort";
      return collection ? "validation.zod.tooFew" : "validation.zod.tooSmall";
    case "invalid_format":
      if (issue.format === "email") return "validation.invalidEmail";
      if (issue.format === "url") return "validation.invalidUrl";
      return "validation.zod.invalidFormat";
    case "invalid_value":
      return "validation.zod.invalidValue";
    case "not_multiple_of":
      return "validation.zod.notMultipleOf";
    case "unrecognized_keys":
      return "validation.zod.unrecognizedKeys";
    default:
      return "validation.zod.invalid";
  }
}

z.config({ localeError: (issue) => zodMessageKey(issue) });
