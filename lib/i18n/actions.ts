"use server";
// Language choice: French by default, English on request (kept in a cookie for a year).
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale") ?? "");
  if (!(LOCALES as readonly string[]).includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
