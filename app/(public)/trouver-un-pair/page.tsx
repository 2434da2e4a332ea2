// Find a peer: published alliances (or catalysts) nearest to a place, as a list that
// stands alone (keyboard, screen reader, no JavaScript) and on a map.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { listDomains } from "@/lib/alliances/directory";
import { communeOption } from "@/lib/geo/options";
import { formatDistanceKm } from "@/lib/geo/distance";
import { DEFAULT_RADIUS_KM, PEER_RADII_KM, peerHref, peerQuerySchema, type PeerQuery } from "@/lib/validation/peers";
import { nearbyAlliances, nearbyCatalysts, resolveOrigin, type PeerResult, type NearbyAlliance, type NearbyCatalyst } from "@/lib/peers/service";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PeersMap } from "@/components/maps/peers-map";
import { PlaceField } from "./_components/place-field";
import { UseMyPosition } from "./_components/use-my-position";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.findPeer");
  return { title: t("title"), description: t("description") };
}
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FindPeerPage({ searchParams }: { searchParams: SearchParams }) {
  const query = peerQuerySchema.parse(await searchParams);
  const origin = resolveOrigin(query);
  // A typed place that matched a commune: the shareable URL names the commune itself.
  if (query.lieu && origin?.communeInsee) redirect(peerHref({ ...query, lieu: undefined, commune: origin.communeInsee }));
  const t = await getTranslations("peers");
  const tAll = await getTranslations();
  const locale = await getLocale();
  const domains = await listDomains(locale);
  const domainLabel = new Map(domains.map((d) => [d.code, d.label]));
  const kind = query.quoi ?? "alliances";
  const result = origin ? (kind === "catalyseurs" ? await nearbyCatalysts(origin, query) : await nearbyAlliances(origin, query)) : null;
  const place = origin ? origin.label || t("yourPosition") : "";
  const keep = Object.fromEntries(Object.entries({ domaine: query.domaine, rayon: query.rayon, visites: query.visites, quoi: query.quoi }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("lead")}</p>
      </header>

      <ClientMessages namespaces={["peers"]}>
      <form method="get" action="/trouver-un-pair" role="search" aria-label={t("formLabel")} className="space-y-4 rounded border border-stone-200 bg-white p-4">
        <input type="hidden" name="quoi" value={kind} />
        <PlaceField initial={query.commune ? communeOption(query.commune) : null} />
        {query.lieu && !origin && (
          <p role="alert" className="text-sm font-medium text-red-800">
            {t("unknownPlace", { place: query.lieu })}
          </p>
        )}
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="domaine" className="block font-medium">
              {t("need")}
            </label>
            <select id="domaine" name="domaine" defaultValue={query.domaine ?? ""} className="rounded border border-stone-400 px-3 py-2">
              <option value="">{t("anyNeed")}</option>
              {domains.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="rayon" className="block font-medium">
              {t("radius")}
            </label>
            <select id="rayon" name="rayon" defaultValue={String(query.rayon ?? DEFAULT_RADIUS_KM)} className="rounded border border-stone-400 px-3 py-2">
              {PEER_RADII_KM.map((km) => (
                <option key={km} value={km}>
                  {t("radiusKm", { km })}
                </option>
              ))}
            </select>
          </div>
          {kind === "alliances" && (
            <label className="flex items-center gap-2 py-2">
              <input type="checkbox" name="visites" value="1" defaultChecked={query.visites === "1"} className="h-4 w-4" />
              {t("visitsOnly")}
            </label>
          )}
          <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t("search")}</button>
        </div>
        <UseMyPosition keep={keep} />
      </form>
      </ClientMessages>

      <nav aria-label={t("kindNav")} className="flex gap-2">
        {(["alliances", "catalyseurs"] as const).map((value) => (
          <Link
            key={value}
            href={peerHref({ ...query, quoi: value === "alliances" ? undefined : value, page: undefined, visites: value === "alliances" ? query.visites : undefined })}
            aria-current={kind === value ? "page" : undefined}
            className={`rounded px-3 py-1.5 font-medium ${kind === value ? "bg-brand-700 text-white" : "border border-stone-300 hover:bg-brand-50"}`}
          >
            {t(`kinds.${value}`)}
          </Link>
        ))}
      </nav>

      {!origin ? (
        <p data-testid="peers-prompt">{t("prompt")}</p>
      ) : (
        <Results
          result={result!}
          query={query}
          place={place}
          origin={origin}
          domainLabel={domainLabel}
          t={(key, values) => t(key as never, values as never)}
          tAll={(key) => tAll(key as never)}
          locale={locale}
        />
      )}
    </div>
  );
}

function Results({
  result,
  query,
  place,
  origin,
  domainLabel,
  t,
  tAll,
  locale,
}: {
  result: PeerResult<NearbyAlliance> | PeerResult<NearbyCatalyst>;
  query: PeerQuery;
  place: string;
  origin: { lat: number; lng: number };
  domainLabel: Map<string, string>;
  t: (key: string, values?: Record<string, string | number>) => string;
  tAll: (key: string) => string;
  locale: string;
}) {
  const items: (NearbyAlliance | NearbyCatalyst)[] = result.items;
  const points = items.map((item) => ({
    id: item.id,
    lat: item.lat,
    lng: item.lng,
    label: item.name,
    href: item.kind === "alliance" ? `/alliances/${item.slug}` : `/catalyseurs/${item.id}`,
  }));
  const catalysts = query.quoi === "catalyseurs";
  return (
    <section aria-labelledby="results" className="space-y-4">
      <h2 id="results" className="text-xl font-semibold" data-testid="peers-count">
        {result.withinRadius
          ? t(catalysts ? "countCatalysts" : "countAlliances", { count: result.totalWithin, km: result.radiusKm, place })
          : t(catalysts ? "noneWithinCatalysts" : "noneWithin", { km: result.radiusKm, place })}
      </h2>
      {!result.withinRadius && items.length > 0 && <p>{t("nearestAnyway")}</p>}
      {items.length === 0 ? (
        <p>{t("nothingAtAll")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_28rem]">
          <ol className="space-y-3" data-testid="peers-list">
            {items.map((item) => (
              <li key={item.id} className="rounded border border-stone-200 bg-white p-4" data-testid="peer">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    <Link href={item.kind === "alliance" ? `/alliances/${item.slug}` : `/catalyseurs/${item.id}`} className="text-brand-800 underline-offset-4 hover:underline">
                      {item.name}
                    </Link>
                  </h3>
                  <span className="font-medium" data-testid="peer-distance">
                    {formatDistanceKm(item.km, locale)}
                  </span>
                </div>
                <p className="text-sm text-stone-700">
                  {[item.communeName, item.kind === "alliance" ? tAll(`enums.stage.${item.stage}`) : null].filter(Boolean).join(" · ")}
                </p>
                {item.kind === "alliance" ? <p className="mt-1">{item.summary}</p> : item.bio ? <p className="mt-1">{item.bio}</p> : null}
                <p className="mt-2 text-sm">
                  {item.domainCodes.map((code) => domainLabel.get(code) ?? code).join(" · ")}
                  {item.kind === "alliance" && item.partnerTypes.length > 0 && <> — {item.partnerTypes.map((type) => tAll(`enums.partnerType.${type}`)).join(", ")}</>}
                </p>
                {item.kind === "alliance" && item.welcomesVisits && <p className="mt-2 inline-block rounded bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900">{t("welcomesVisits")}</p>}
              </li>
            ))}
          </ol>
          <div className="lg:sticky lg:top-4 lg:self-start">
            <PeersMap origin={{ ...origin, label: place }} points={points} tileUrl={env().MAP_TILE_URL} label={t("mapLabel", { place })} tilesFailed={t("tilesFailed")} />
          </div>
        </div>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="flex gap-4">
          {result.page > 1 && <Link href={peerHref(query, { page: result.page - 1 })}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: result.page, count: result.pageCount })}</span>
          {result.page < result.pageCount && <Link href={peerHref(query, { page: result.page + 1 })}>{t("next")}</Link>}
        </nav>
      )}
    </section>
  );
}
