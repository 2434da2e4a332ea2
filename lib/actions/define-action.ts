// The one way to write a server action. A server action is a public endpoint: the wrapper
// refuses what is not a form, checks the caller's role, parses the form with its schema (from
// lib/validation), runs the service and turns any failure into the form's state, in the
// reader's language. An action file is then a list of definitions:
//
//   export const suspendAction = defineAction({
//     role: "ADMIN",
//     input: suspendUserFormSchema,
//     run: (input, { user }) => suspendUser(user, input.userId, input),
//     success: "adminUsers.done.suspended",
//     revalidate: ["/admin/utilisateurs"],
//   });
//
// `run` may call Next's redirect() or notFound(): they go through untouched.
import "server-only";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { hasRole, type Role } from "@/lib/auth/roles";
import { requestLocale, type Locale } from "@/lib/i18n/locale";
import { translate, type Message } from "@/lib/i18n/translate";
import { formDataToObject } from "@/lib/validation/form";
import { runAction, type ActionResult } from "@/lib/actions/result";

/** Who may call the action: a minimum role, or anyone (signed in or not). */
export type ActionAccess = Role | "ANYONE";

export type ActionContext<A extends ActionAccess> = {
  /** The caller (never null when a role is required). */
  user: A extends Role ? CurrentUser : CurrentUser | null;
  formData: FormData;
  locale: Locale;
};

export type ActionSpec<A extends ActionAccess, S extends z.ZodType, T> = {
  role: A;
  input: S;
  run: (input: z.output<S>, context: ActionContext<A>) => Promise<T>;
  /** Shown on success: a message key, or a function of what `run` returned. */
  success?: string | ((data: T, input: z.output<S>) => Message | string | undefined);
  /** Paths to revalidate after success (a function when they depend on the input). */
  revalidate?: string[] | ((input: z.output<S>, data: T) => string[]);
  /** The key of the summary shown above the field errors when the form does not parse. */
  invalidKey?: string;
};

export type ServerAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/** Throws when the caller may not act (401 signed out, 403 a lower role). */
export async function authorize<A extends ActionAccess>(access: A): Promise<ActionContext<A>["user"]> {
  const user = await getCurrentUser();
  if (access === "ANYONE") return user as ActionContext<A>["user"];
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.app.unauthenticated");
  if (!hasRole(user.role, access)) throw new AppError("FORBIDDEN", "errors.app.forbidden");
  return user as ActionContext<A>["user"];
}

export function defineAction<A extends ActionAccess, S extends z.ZodType, T = void>(spec: ActionSpec<A, S, T>): ServerAction<T> {
  return async (_previous, formData) => {
    const locale = await requestLocale();
    let parsed: z.output<S> | undefined;
    const result = await runAction(async () => {
      // Anything but a form (a forged call with JSON arguments) is refused before any work.
      if (!(formData instanceof FormData)) throw new AppError("INVALID_INPUT", "errors.app.badForm");
      const user = await authorize(spec.role);
      const input = spec.input.safeParse(formDataToObject(formData));
      if (!input.success) throw AppError.fromZod(input.error, { key: spec.invalidKey });
      parsed = input.data;
      return spec.run(input.data, { user, formData, locale });
    });
    if (!result.ok) return result;
    const data = result.data as T;
    const paths = typeof spec.revalidate === "function" ? spec.revalidate(parsed as z.output<S>, data) : (spec.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
    const success = typeof spec.success === "function" ? spec.success(data, parsed as z.output<S>) : spec.success;
    return success ? { ...result, message: translate(locale, success) } : result;
  };
}
