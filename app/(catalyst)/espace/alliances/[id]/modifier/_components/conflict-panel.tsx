"use client";
// What to do when another editor saved first: see their change, keep yours explicitly,
// or take theirs. Nothing typed is lost: the form below still holds it.
import { useLocale, useTranslations } from "next-intl";
import { DOMAINS } from "@/lib/reference/domains";
import { intlLocaleOf } from "@/lib/i18n/format";

type Details = { currentVersion: number; changedFields: string[]; authorName: string | null; savedAt: string; theirs: Record<string, unknown> };

/** Draft fields whose value is a code with a label in the messages (namespace and prefix). */
const CODED: Record<string, { namespace: "enums" | "editor"; prefix: string }> = {
  stage: { namespace: "enums", prefix: "stage" },
  "territory.scale": { namespace: "enums", prefix: "scale" },
  legalStructure: { namespace: "enums", prefix: "legalStructure" },
  fundingVisibility: { namespace: "editor", prefix: "visibility" },
};
const DATES = new Set(["startDate", "endDate"]);
const EMPTY = "—";

export function ConflictPanel({ details }: { details: unknown }) {
  const t = useTranslations("editor.conflict");
  const tEditor = useTranslations("editor");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const format = intlLocaleOf(locale);
  const d = details as Details;
  const date = new Intl.DateTimeFormat(format, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(d.savedAt));
  const day = new Intl.DateTimeFormat(format, { dateStyle: "long", timeZone: "UTC" });
  const number = new Intl.NumberFormat(format);

  // Field paths are draft paths ("summary", "territory.communeInsee"); keys cannot hold dots.
  const label = (field: string) => {
    if (field === EMPTY) return EMPTY;
    const key = `fields.${field.replace(".", "_")}`;
    return t.has(key) ? t(key) : t("otherField");
  };

  const domainLabel = (code: string) => {
    const domain = DOMAINS.find((entry) => entry.code === code);
    return domain ? (locale === "en" ? domain.labelEn : domain.labelFr) : code;
  };

  const codeLabel = (field: string, code: string) => {
    const coded = CODED[field];
    if (!coded) return code;
    const key = `${coded.prefix}.${code}`;
    const translate = coded.namespace === "enums" ? tEnums : tEditor;
    return translate.has(key) ? translate(key) : code;
  };

  // Their value in words: text as typed, codes by their label, lists joined, records counted.
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return EMPTY;
    if (typeof value === "string") {
      if (DATES.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return day.format(new Date(`${value}T00:00:00Z`));
      return codeLabel(field, value);
    }
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "number") return number.format(value);
    if (Array.isArray(value)) {
      if (value.length === 0) return EMPTY;
      if (value.every((item) => typeof item === "string" || typeof item === "number")) {
        return value.map((item) => (field === "domainCodes" ? domainLabel(String(item)) : String(item))).join(", ");
      }
      return t("items", { count: value.length });
    }
    if (typeof value === "object") {
      if (field === "contact") {
        const contact = value as { name?: string; email?: string; phone?: string; visibility?: string };
        const parts = [contact.name, contact.email, contact.phone].filter(Boolean).join(" · ");
        if (!parts) return EMPTY;
        const visibility = contact.visibility && tEditor.has(`visibility.${contact.visibility}`) ? tEditor(`visibility.${contact.visibility}`) : "";
        return visibility ? `${parts} (${visibility})` : parts;
      }
      const filled = Object.values(value).filter((item) => item !== null && item !== undefined && item !== "");
      return filled.length ? t("items", { count: filled.length }) : EMPTY;
    }
    return String(value);
  };

  const fields = d.changedFields.length ? d.changedFields : [EMPTY];
  return (
    <div role="alert" className="mb-4 space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="conflict">
      <p className="text-lg font-semibold">{t("title")}</p>
      <p>{t("text", { author: d.authorName ?? t("someone"), date, fields: fields.map(label).join(", ") })}</p>
      <details open>
        <summary className="cursor-pointer font-medium">{t("theirs")}</summary>
        <dl className="mt-2 space-y-1 text-sm">
          {fields.map((field) => {
            const [top, sub] = field.split(".");
            const value = sub ? (d.theirs[top ?? ""] as Record<string, unknown> | undefined)?.[sub] : d.theirs[top ?? ""];
            return (
              <div key={field}>
                <dt className="font-medium">{label(field)}</dt>
                <dd className="whitespace-pre-wrap" data-testid="theirs-value">
                  {show(field, value)}
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
