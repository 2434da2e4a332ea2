// A published alliance: everything public about it, share link, OpenGraph and JSON-LD.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { findPublishedAlliance } from "@/lib/alliances/public";
import { getCurrentUser } from "@/lib/auth/session";
import { getDepartement, getRegion } from "@/lib/geo/communes";
import { ShareLink } from "@/components/alliances/share-link";
import { PointPreview } from "@/components/maps/point-preview";
import { env } from "@/lib/env";
import { ReportForm } from "./_components/report-form";
import { getLineage } from "@/lib/replications/service";
import { LineageTree } from "@/components/alliances/lineage-tree";
import { ScalingPlans } from "@/components/alliances/scaling-plans";
import { ImpactSection } from "@/components/impact/impact-section";
import { TerritoryLinks } from "@/components/territories/territory-links";
import { loadImpact } from "@/lib/impact/service";
import { VisitForm } from "./_components/visit-form";
import { findOpenRequest } from "@/lib/contacts/service";
import { VISIT_LIMITS } from "@/lib/validation/visits";
import { ClientMessages } from "@/components/i18n/client-messages";
import { intlLocaleOf } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function lookup(slug: string) {
  const user = await getCurrentUser();
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return { kind: "missing" } as const; // "%E9" and the like: no alliance has that slug
  }
  return findPublishedAlliance(decoded, user ? { id: user.id, role: user.role } : null);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const result = await lookup(slug);
  if (result.kind !== "found") return {};
  const { alliance } = result;
  const locale = await getLocale();
  const tShell = await getTranslations("shell");
  return {
    title: alliance.name,
    description: alliance.summary,
    alternates: { canonical: `/alliances/${alliance.slug}` },
    openGraph: { type: "article", title: alliance.name, description: alliance.summary, url: `/alliances/${alliance.slug}`, locale: locale === "en" ? "en_GB" : "fr_FR", siteName: tShell("brand") },
  };
}

export default async function AlliancePage({ params, searchParams }: { params: Params; searchParams: Promise<{ mesure?: string | string[] }> }) {
  const { slug } = await params;
  const rawMeasure = (await searchParams).mesure;
  const reportedMeasure = typeof rawMeasure === "string" && /^[\w-]{1,40}$/.test(rawMeasure) ? rawMeasure : undefined;
  const result = await lookup(slug);
  if (result.kind === "moved") permanentRedirect(`/alliances/${result.slug}`);
  if (result.kind === "missing") notFound();
  const { alliance } = result;
  const viewer = await getCurrentUser();
  const [lineage, impact] = await Promise.all([getLineage(alliance.id), loadImpact(alliance.id)]);
  const hasImpact = impact.evidence.length > 0 || impact.indicators.some((i) => i.measurements.length > 0);
  const t = await getTranslations();
  const openRequest = viewer && alliance.welcomesVisits && !alliance.viewerIsEditor ? await findOpenRequest(viewer, alliance.id) : null;
  const locale = await getLocale();
  const fmt = intlLocaleOf(locale);
  const dateFormat = new Intl.DateTimeFormat(fmt, { month: "long", year: "numeric", timeZone: "UTC" });
  const money = new Intl.NumberFormat(fmt, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const departement = alliance.departement ? getDepartement(alliance.departement) : null;
  const region = alliance.region ? getRegion(alliance.region) : null;
  const place = [alliance.communeName, departement?.name, region?.name].filter(Boolean).join(", ");
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Project",
    name: alliance.name,
    description: alliance.summary,
    url: `/alliances/${alliance.slug}`,
    foundingDate: alliance.startDate?.toISOString().slice(0, 10),
    areaServed: place || undefined,
    location: alliance.lat !== null && alliance.lng !== null ? { "@type": "Place", name: place, geo: { "@type": "GeoCoordinates", latitude: alliance.lat, longitude: alliance.lng } } : undefined,
    member: alliance.partners.map((p) => ({ "@type": "Organization", name: p.organisation.name })),
  };

  return (
    <article className="space-y-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <nav aria-label={t("alliance.breadcrumb")} className="text-sm">
        <Link href="/alliances" className="underline underline-offset-4">
          {t("directory.title")}
        </Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-800">{alliance.name}</h1>
        <p className="text-lg text-stone-800">{alliance.summary}</p>
        <p className="text-stone-700">
          {[place, t(`enums.stage.${alliance.stage}`), alliance.startDate ? `${t("alliance.startDate")} ${dateFormat.format(alliance.startDate)}` : null].filter(Boolean).join(" · ")}
        </p>
        <p className={alliance.welcomesVisits ? "inline-block rounded bg-green-100 px-2 py-1 text-sm font-medium text-green-900" : "text-sm text-stone-700"} data-testid="visits">
          {alliance.welcomesVisits ? t("alliance.welcomesVisits") : t("alliance.noVisits")}
        </p>
        <ShareLink path={`/alliances/${alliance.slug}`} label={t("alliance.share")} copyLabel={t("alliance.shareCopy")} />
      </header>

      <section aria-labelledby="objective" className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4">
        <h2 id="objective" className="text-lg font-semibold">
          {t("alliance.objective")}
        </h2>
        <p className="whitespace-pre-line">{alliance.objective}</p>
      </section>

      {alliance.description && <div className="max-w-3xl whitespace-pre-line leading-relaxed">{alliance.description}</div>}

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
            <TerritoryLinks departement={alliance.departement} region={alliance.region} />
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

      {alliance.documents.length > 0 && (
        <section aria-labelledby="documents">
          <h2 id="documents" className="mb-2 text-xl font-semibold">
            {t("alliance.documents")}
          </h2>
          <ul className="space-y-2">
            {alliance.documents.map((document) => (
              <li key={document.id}>
                <a href={document.url} className="font-medium underline underline-offset-4" rel="noopener noreferrer">
                  {document.title}
                </a>{" "}
                <span className="text-sm text-stone-700">
                  ({t(`enums.documentKind.${document.kind}`)} · {t("alliance.licence", { licence: document.licence })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="visit" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="visit-section">
        <h2 id="visit" className="text-xl font-semibold">
          {t("visits.form.title")}
        </h2>
        {!alliance.welcomesVisits ? (
          <p data-testid="visit-closed">{t("visits.form.noVisits")}</p>
        ) : !viewer ? (
          <p>
            <Link href={`/connexion?callbackUrl=${encodeURIComponent(`/alliances/${alliance.slug}`)}`} className="font-medium underline underline-offset-4">
              {t("visits.form.signIn")}
            </Link>
          </p>
        ) : alliance.viewerIsEditor ? (
          <p>
            {t("visits.form.editor")}{" "}
            <Link href="/espace/demandes" className="font-medium underline underline-offset-4">
              {t("visits.form.editorLink")}
            </Link>
          </p>
        ) : openRequest ? (
          <p data-testid="visit-open">
            {t("visits.form.alreadyOpen")}{" "}
            <Link href={`/mes-demandes/${openRequest.id}`} className="font-medium underline underline-offset-4">
              {t("visits.form.alreadyOpenLink")}
            </Link>
          </p>
        ) : (
          <>
            <p>{t("visits.form.lead")}</p>
            <ClientMessages namespaces={["visits", "errors"]}>
              <VisitForm allianceId={alliance.id} limits={VISIT_LIMITS} />
            </ClientMessages>
          </>
        )}
      </section>
      {alliance.scalingPlans.length > 0 && <ScalingPlans plans={alliance.scalingPlans} />}
      {hasImpact && <ImpactSection impact={impact} reportHref={(id) => `/alliances/${alliance.slug}?mesure=${id}#report`} />}
      {lineage && (
        <section aria-labelledby="lineage">
          <h2 id="lineage" className="mb-2 text-xl font-semibold">
            {t("replications.lineageTitle")}
          </h2>
          <p className="mb-2 text-sm text-stone-700">{t("replications.lineageLead")}</p>
          <LineageTree node={lineage} currentLabel={t("replications.thisOne")} />
        </section>
      )}
      <section aria-labelledby="report" className="border-t border-stone-200 pt-4 text-sm">
        <details open={Boolean(reportedMeasure)}>
          <summary id="report" className="cursor-pointer font-medium">
            {t("reports.form.title")}
          </summary>
          {viewer ? (
            <ClientMessages namespaces={["reports", "errors"]}>
              <ReportForm allianceId={alliance.id} measurementId={reportedMeasure && impact.indicators.some((i) => i.measurements.some((m) => m.id === reportedMeasure)) ? reportedMeasure : undefined} />
            </ClientMessages>
          ) : (
            <p className="mt-2">
              <Link href={`/connexion?callbackUrl=${encodeURIComponent(`/alliances/${alliance.slug}`)}`} className="underline underline-offset-4">
                {t("reports.form.signIn")}
              </Link>
            </p>
          )}
        </details>
      </section>
    </article>
  );
}
