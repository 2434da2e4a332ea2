"use client";
// The magic-link form, with its error next to the field.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { requestMagicLinkAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<ActionResult<void> | null, FormData>(requestMagicLinkAction, null);
  // Controlled, so that the address stays in the field after a refusal.
  const [email, setEmail] = useState("");
  const error = state && !state.ok ? (state.fieldErrors?.email?.[0] ?? state.error) : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          {t("emailLabel")}
        </label>
        <p id="email-hint" className="text-sm text-stone-700">
          {t("emailHint")}
        </p>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "email-hint email-error" : "email-hint"}
          className="w-full max-w-md rounded border border-stone-400 px-3 py-2"
        />
        {error && (
          <p id="email-error" role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
