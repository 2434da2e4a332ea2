// Replications across the network: lines from origin to replica on a map of France,
// and the same links as a list.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { env } from "@/lib/env";
import { listReplicationLines } from "@/lib/replications/service";
import { ReplicationsMap } from "@/components/maps/replications-map";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.scalingMap");
  return { title: t("title"), description: t("description") };
}
export const dynamic = "force-dynamic";

export default async function ReplicationMapPage() {
  const fmt = intlLocaleOf(await getLocale());
  const t = await getTranslations("network");
  const lines = await listReplicationLines();
  const year = new Intl.DateTimeFormat(fmt, { year: "numeric", month: "long", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("mapTitle")}</h1>
        <p className="max-w-3xl">{t("mapLead", { count: lines.length })}</p>
        <p>
          <Link href="/impact" className="underline underline-offset-4">
            {t("backToImpact")}
          </Link>
        </p>
      </header>
      <ReplicationsMap
        lines={lines.map((l) => ({ id: l.id, from: { lat: l.origin.lat, lng: l.origin.lng, name: l.origin.name }, to: { lat: l.replica.lat, lng: l.replica.lng, name: l.replica.name } }))}
        tileUrl={env().MAP_TILE_URL}
        label={t("mapLabel")}
        tilesFailed={t("tilesFailed")}
      />
      <section aria-labelledby="list" className="space-y-2">
        <h2 id="list" className="text-xl font-semibold">
          {t("listTitle")}
        </h2>
        <ul className="space-y-1" data-testid="replication-list">
          {lines.map((line) => (
            <li key={line.id}>
              <Link href={`/alliances/${line.origin.slug}`} className="underline underline-offset-4">
                {line.origin.name}
              </Link>{" "}
              → {" "}
              <Link href={`/alliances/${line.replica.slug}`} className="underline underline-offset-4">
                {line.replica.name}
              </Link>
              {line.decidedAt && <span className="text-sm text-stone-700"> ({year.format(line.decidedAt)})</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
