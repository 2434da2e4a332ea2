"use client";
// What to do when another editor saved first: see their change, keep yours explicitly,
// or take theirs. Nothing typed is lost: the form below still holds it.
import { useTranslations } from "next-intl";

type Details = { currentVersion: number; changedFields: string[]; authorName: string | null; savedAt: string; theirs: Record<string, unknown> };

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 1);
}

export function ConflictPanel({ details }: { details: unknown }) {
  const t = useTranslations("editor.conflict");
  const d = details as Details;
  const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(d.savedAt));
  const fields = d.changedFields.length ? d.changedFields : ["—"];
  return (
    <div role="alert" className="mb-4 space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="conflict">
      <p className="text-lg font-semibold">{t("title")}</p>
      <p>{t("text", { author: d.authorName ?? t("someone"), date, fields: fields.join(", ") })}</p>
      <details open>
        <summary className="cursor-pointer font-medium">{t("theirs")}</summary>
        <dl className="mt-2 space-y-1 text-sm">
          {fields.map((field) => {
            const [top, sub] = field.split(".");
            const value = sub ? (d.theirs[top ?? ""] as Record<string, unknown> | undefined)?.[sub] : d.theirs[top ?? ""];
            return (
              <div key={field}>
                <dt className="font-medium">{field}</dt>
                <dd className="whitespace-pre-wrap" data-testid="theirs-value">
                  {show(value)}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="forceVersion" value={d.currentVersion} className="rounded bg-amber-700 px-4 py-2 font-medium text-white">
          {t("keepMine")}
        </button>
        <a href="?" onClick={(event) => { event.preventDefault(); window.location.reload(); }} className="px-2 py-2 underline underline-offset-4">
          {t("reload")}
        </a>
      </div>
    </div>
  );
}
