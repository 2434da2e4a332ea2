// What an alliance is made of: its partners, and beside them its territory (with the map
// preview), domains, legal structure, funding, contact and catalysts, as far as each is public.
import { getLocale, getTranslations } from "next-intl/server";
import type { PublicView } from "@/lib/alliances/public";
import { PointPreview } from "@/components/maps/point-preview";
import { env } from "@/lib/env";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function AllianceFacts({ alliance, place }: { alliance: PublicView; place: string }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const money = new Intl.NumberFormat(intlLocaleOf(locale), { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="partners">
        <h2 id="partners" className="mb-2 text-xl font-semibold">
          {t("alliance.partners")}
        </h2>
        <ul className="space-y-2">
          {alliance.partners.map((partner) => (
            <li key={partner.organisation.id} className="rounded border border-stone-200 bg-white p-3">
              <p className="font-medium">{partner.organisation.name}</p>
              <p className="text-sm text-stone-700">
                {t(`enums.partnerType.${partner.organisation.type}`)} · {t(`enums.partnerRole.${partner.role}`)}
              </p>
              {partner.description && <p className="text-sm">{partner.description}</p>}
            </li>
          ))}
        </ul>
      </section>

      <div className="space-y-6">
        <section aria-labelledby="territory">
          <h2 id="territory" className="mb-2 text-xl font-semibold">
            {t("alliance.territory")}
          </h2>
          <p>
            {place} ({t(`enums.scale.${alliance.scale}`)})
          </p>
          {alliance.lat !== null && alliance.lng !== null && <PointPreview lat={alliance.lat} lng={alliance.lng} label={place} tileUrl={env().MAP_TILE_URL} />}
          {alliance.lat !== null && alliance.lng !== null && (
            <p className="text-sm text-stone-700">
              <a href={`https://www.openstreetmap.org/?mlat=${alliance.lat}&mlon=${alliance.lng}#map=12/${alliance.lat}/${alliance.lng}`} className="underline underline-offset-4" rel="noopener noreferrer">
                {t("alliance.map")}
              </a>
            </p>
          )}
        </section>
        <section aria-labelledby="domains">
          <h2 id="domains" className="mb-2 text-xl font-semibold">
            {t("alliance.domains")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {alliance.domains.map(({ domain }) => (
              <li key={domain.code} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 ring-1 ring-brand-100">
                {locale === "en" ? domain.labelEn : domain.labelFr}
              </li>
            ))}
          </ul>
        </section>
        {alliance.legalStructure && (
          <section aria-labelledby="legal">
            <h2 id="legal" className="mb-2 text-xl font-semibold">
              {t("alliance.legalStructure")}
            </h2>
            <p>
              {t(`enums.legalStructure.${alliance.legalStructure}`)}
              {alliance.legalStructureDetail ? ` — ${alliance.legalStructureDetail}` : ""}
            </p>
          </section>
        )}
        {alliance.funding && alliance.funding.length > 0 && (
          <section aria-labelledby="funding">
            <h2 id="funding" className="mb-2 text-xl font-semibold">
              {t("alliance.funding")}
            </h2>
            <ul className="list-disc pl-6">
              {alliance.funding.map((entry, index) => (
                <li key={index}>
                  {entry.source}
                  {entry.amountEur !== null ? ` — ${money.format(entry.amountEur)}` : ""}
                </li>
              ))}
            </ul>
          </section>
        )}
        {alliance.contact && (
          <section aria-labelledby="contact">
            <h2 id="contact" className="mb-2 text-xl font-semibold">
              {t("alliance.contact")}
            </h2>
            <p>{[alliance.contact.name, alliance.contact.email, alliance.contact.phone].filter(Boolean).join(" · ")}</p>
          </section>
        )}
        <section aria-labelledby="catalysts">
          <h2 id="catalysts" className="mb-2 text-xl font-semibold">
            {t("alliance.catalysts")}
          </h2>
          <ul className="list-disc pl-6">
            {alliance.catalysts.map((catalyst) => (
              <li key={catalyst.id}>{catalyst.name}</li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
