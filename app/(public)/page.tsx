// Home: live network figures and a way in for newcomers, catalysts and admins.
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { getNetworkFigures } from "@/lib/network/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { intlLocaleOf } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const fmt = intlLocaleOf(await getLocale());
  const t = await getTranslations("home");
  const [figures, user] = await Promise.all([getNetworkFigures(), getCurrentUser()]);
  const number = new Intl.NumberFormat(fmt);
  const items = [
    { key: "alliances", value: figures.alliances },
    { key: "catalysts", value: figures.catalysts },
    { key: "territories", value: figures.territories },
    { key: "domains", value: figures.domains },
  ] as const;

  return (
    <div className="space-y-12">
      <section className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold leading-tight text-brand-800 sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-stone-800">{t("lead")}</p>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="mb-4 text-xl font-semibold">
          {t("figuresTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {items.map((item) => (
            <div key={item.key} className="flex flex-col rounded-lg border border-stone-200 bg-white p-4" data-testid={`figure-${item.key}`}>
              <dt className="text-sm text-stone-700">{t(`figures.${item.key}`, { count: item.value })}</dt>
              <dd className="order-first text-3xl font-bold text-brand-700" data-value={item.value}>
                {number.format(item.value)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="ways-in" className="space-y-4">
        <h2 id="ways-in" className="text-xl font-semibold">
          {t("waysIn")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          <WayIn title={t("newcomer.title")} text={t("newcomer.text")} href="/alliances?visites=1" cta={t("newcomer.cta")} />
          <WayIn title={t("catalyst.title")} text={t("catalyst.text")} href="/espace" cta={t("catalyst.cta")} />
          <WayIn title={t("browse.title")} text={t("browse.text")} href="/alliances" cta={t("browse.cta")} />
        </ul>
        {hasRole(user?.role, "ADMIN") && (
          <p>
            <Link href="/admin" className="font-medium text-brand-700 underline underline-offset-4">
              {t("admin.cta")}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}

function WayIn({ title, text, href, cta }: { title: string; text: string; href: string; cta: string }) {
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-5">
      <h3 className="text-lg font-semibold">{title}</h3>
      <p className="flex-1 text-stone-700">{text}</p>
      <Link href={href} className="self-start rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {cta}
      </Link>
    </li>
  );
}
