// Translates a message key (with its parameters) outside React: errors, API problems, mail.
// A string that is not a key of the catalogue is returned as it is (literal text).
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import type { Locale } from "@/lib/i18n/locale";

export type MessageParams = Record<string, string | number>;
/** What users may read, before it is put in their language. */
export type Message = { key: string; params?: MessageParams };

const catalogues: Record<Locale, AbstractIntlMessages> = { fr: fr as AbstractIntlMessages, en: en as AbstractIntlMessages };
const translators = new Map<Locale, ReturnType<typeof createTranslator>>();

function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: catalogues[locale], timeZone: "Europe/Paris" });
    translators.set(locale, t);
  }
  return t;
}

/** True when `key` names a text of the French catalogue (the reference). */
export function hasMessage(key: string): boolean {
  let node: unknown = catalogues.fr;
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object") return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

export function translate(locale: Locale, message: Message | string): string {
  const { key, params } = typeof message === "string" ? { key: message, params: undefined } : message;
  if (!hasMessage(key)) return key;
  return (translator(locale) as unknown as (key: string, params?: MessageParams) => string)(key, params);
}
