"use client";
// Unexpected errors: a French message and a reference, never a stack trace.
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("serverTitle")}</h1>
      <p>{t("serverText", { ref: error.digest ?? "—" })}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
        {t("retry")}
      </button>
    </div>
  );
}
