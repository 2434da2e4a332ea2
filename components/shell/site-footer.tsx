// The site footer: what Essaim is, service status, language, data licences.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  const tMap = await getTranslations("mapCredits");
  const locale = await getLocale();
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm text-stone-700 md:grid-cols-3">
        <p className="md:col-span-2">{t("about")}</p>
        <ul className="space-y-1">
          <li>
            <Link href="/api/health" className="underline underline-offset-4">
              {t("health")}
            </Link>
          </li>
          <li>
            <form action={setLocaleAction} className="flex items-center gap-2">
              <span>{t("language")} :</span>
              <button type="submit" name="locale" value="fr" aria-pressed={locale === "fr"} lang="fr" className="underline underline-offset-4 aria-pressed:font-bold">
                Français
              </button>
              <button type="submit" name="locale" value="en" aria-pressed={locale === "en"} lang="en" className="underline underline-offset-4 aria-pressed:font-bold">
                English
              </button>
            </form>
          </li>
          <li>{t("licence")}</li>
          <li>{tMap("footer")}</li>
        </ul>
      </div>
    </footer>
  );
}
