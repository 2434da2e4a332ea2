// The interface languages and which one a request reads: French unless the visitor chose English.
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function localeOf(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

/** The language of the current request (its cookie); French outside a request (scripts, jobs). */
export async function requestLocale(): Promise<Locale> {
  const [{ cookies }, { unstable_rethrow }] = await Promise.all([import("next/headers"), import("next/navigation")]);
  try {
    return localeOf((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch (error) {
    // Next's own signals (dynamic rendering, prerender bail-outs) must go through.
    unstable_rethrow(error);
    return DEFAULT_LOCALE;
  }
}
