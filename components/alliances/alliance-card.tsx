// One alliance in a list: name, place, stage, domains, partner types, visits badge.
import Link from "next/link";

export type AllianceCardData = {
  slug: string;
  name: string;
  summary: string;
  /** Labels already translated by the page (a synchronous card renders faster in lists). */
  stageLabel: string;
  place: string | null;
  domains: string[];
  partnerTypeLabels: string[];
  welcomesVisits: boolean;
  distance?: string;
};

export function AllianceCard({ alliance, labels }: { alliance: AllianceCardData; labels: { domains: string; welcomesVisits: string } }) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="alliance-card">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/alliances/${alliance.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
          {alliance.name}
        </Link>
      </h3>
      <p className="text-sm text-stone-700">
        {[alliance.place, alliance.stageLabel, alliance.distance].filter(Boolean).join(" · ")}
      </p>
      <p className="flex-1 text-stone-800">{alliance.summary}</p>
      <ul className="flex flex-wrap gap-1 text-xs" aria-label={labels.domains}>
        {alliance.domains.map((domain) => (
          <li key={domain} className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-800 ring-1 ring-brand-100">
            {domain}
          </li>
        ))}
      </ul>
      <p className="text-xs text-stone-700">
        {alliance.partnerTypeLabels.join(", ")}
      </p>
      {alliance.welcomesVisits && (
        <p className="self-start rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900">{labels.welcomesVisits}</p>
      )}
    </article>
  );
}
