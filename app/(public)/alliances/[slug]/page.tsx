// A published alliance: everything public about it, share link, OpenGraph and JSON-LD. The
// page loads the alliance and lays out its sections (./_components).
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { findPublishedAlliance, type PublicView } from "@/lib/alliances/public";
import { getCurrentUser } from "@/lib/auth/session";
import { getDepartement, getRegion } from "@/lib/geo/communes";
import { getLineage } from "@/lib/replications/service";
import { ScalingPlans } from "@/components/alliances/scaling-plans";
import { ImpactSection } from "@/components/impact/impact-section";
import { loadImpact } from "@/lib/impact/service";
import { AllianceHeader } from "./_components/alliance-header";
import { AllianceFacts } from "./_components/alliance-facts";
import { AllianceDocuments } from "./_components/alliance-documents";
import { VisitSection } from "./_components/visit-section";
import { LineageSection } from "./_components/lineage-section";
import { ReportSection } from "./_components/report-section";

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

/** The alliance's place: commune, département, région. */
function placeOf(alliance: PublicView): string {
  const departement = alliance.departement ? getDepartement(alliance.departement) : null;
  const region = alliance.region ? getRegion(alliance.region) : null;
  return [alliance.communeName, departement?.name, region?.name].filter(Boolean).join(", ");
}

function jsonLdOf(alliance: PublicView, place: string) {
  return {
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
  const place = placeOf(alliance);
  const t = await getTranslations("alliance");

  return (
    <article className="space-y-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLdOf(alliance, place)).replace(/</g, "\\u003c") }} />
      <AllianceHeader alliance={alliance} place={place} />

      <section aria-labelledby="objective" className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4">
        <h2 id="objective" className="text-lg font-semibold">
          {t("objective")}
        </h2>
        <p className="whitespace-pre-line">{alliance.objective}</p>
      </section>

      {alliance.description && <div className="max-w-3xl whitespace-pre-line leading-relaxed">{alliance.description}</div>}

      <AllianceFacts alliance={alliance} place={place} />
      <AllianceDocuments documents={alliance.documents} />
      <VisitSection alliance={alliance} viewer={viewer} />
      {alliance.scalingPlans.length > 0 && <ScalingPlans plans={alliance.scalingPlans} />}
      {hasImpact && <ImpactSection impact={impact} reportHref={(id) => `/alliances/${alliance.slug}?mesure=${id}#report`} />}
      <LineageSection lineage={lineage} />
      <ReportSection
        allianceId={alliance.id}
        slug={alliance.slug}
        viewer={viewer}
        open={Boolean(reportedMeasure)}
        measurementId={reportedMeasure && impact.indicators.some((i) => i.measurements.some((m) => m.id === reportedMeasure)) ? reportedMeasure : undefined}
      />
    </article>
  );
}
