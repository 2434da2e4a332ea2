// The Intl locale that formats dates and numbers for the interface language: French
// ("3 mars 2026", "1 234,5") or British English ("3 March 2026", "1,234.5").
export type IntlLocale = "fr-FR" | "en-GB";

export function intlLocaleOf(locale: string): IntlLocale {
  return locale === "en" ? "en-GB" : "fr-FR";
}
