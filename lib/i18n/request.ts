// next-intl without locale in the URL: French by default, English when chosen (cookie).
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/locale";

export { LOCALES, DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Europe/Paris" };
});
