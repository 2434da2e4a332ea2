// A small map preview: the map tile around a point (tile URL from MAP_TILE_URL) with a
// marker. When tiles cannot load, the coordinates and the place name still show.
const TILE = 256;

export function tileFor(lat: number, lng: number, zoom: number) {
  const n = 2 ** zoom;
  const x = ((lng + 180) / 360) * n;
  const rad = (lat * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  return { x: Math.floor(x), y: Math.floor(y), offsetX: Math.round((x % 1) * TILE), offsetY: Math.round((y % 1) * TILE) };
}

export function PointPreview({ lat, lng, label, tileUrl, zoom = 11 }: { lat: number; lng: number; label: string; tileUrl: string; zoom?: number }) {
  const tile = tileFor(lat, lng, zoom);
  const src = tileUrl.replace("{z}", String(zoom)).replace("{x}", String(tile.x)).replace("{y}", String(tile.y)).replace("{s}", "a");
  return (
    <figure className="inline-block">
      <div className="relative h-64 w-64 overflow-hidden rounded border border-stone-300 bg-stone-100" data-testid="map-preview">
        {/* eslint-disable-next-line @next/next/no-img-element -- a map tile from a configurable server, not an optimisable asset */}
        <img src={src} alt={label} width={TILE} height={TILE} loading="lazy" className="absolute inset-0 text-xs text-stone-600" />
        <span aria-hidden="true" className="absolute h-4 w-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-red-700 shadow" style={{ left: tile.offsetX, top: tile.offsetY }} />
      </div>
      <figcaption className="mt-1 text-sm text-stone-700">
        {label} — {lat.toFixed(4)}, {lng.toFixed(4)}
      </figcaption>
    </figure>
  );
}
