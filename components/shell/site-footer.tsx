// The site footer: what Essaim is, service status, language, data licences.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
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
          <li>{t("licence")}</li>
        </ul>
      </div>
    </footer>
  );
}
