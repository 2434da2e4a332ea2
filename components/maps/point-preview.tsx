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

const SIZE = 256;

export function PointPreview({ lat, lng, label, tileUrl, zoom = 11 }: { lat: number; lng: number; label: string; tileUrl: string; zoom?: number }) {
  const tile = tileFor(lat, lng, zoom);
  const src = (x: number, y: number) => tileUrl.replace("{z}", String(zoom)).replace("{x}", String(x)).replace("{y}", String(y)).replace("{s}", "a");
  // The 3×3 tiles around the point, shifted so that the point sits in the middle.
  const originX = SIZE / 2 - tile.offsetX - TILE;
  const originY = SIZE / 2 - tile.offsetY - TILE;
  const tiles = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => ({ dx, dy })));
  return (
    <figure className="inline-block">
      <div className="relative overflow-hidden rounded border border-stone-300 bg-stone-100" style={{ width: SIZE, height: SIZE }} data-testid="map-preview" role="img" aria-label={label}>
        {tiles.map(({ dx, dy }) => (
          // eslint-disable-next-line @next/next/no-img-element -- map tiles from a configurable server, not optimisable assets
          <img key={`${dx}${dy}`} src={src(tile.x + dx, tile.y + dy)} alt="" width={TILE} height={TILE} loading="lazy" className="absolute max-w-none" style={{ left: originX + (dx + 1) * TILE, top: originY + (dy + 1) * TILE }} />
        ))}
        <span aria-hidden="true" className="absolute h-4 w-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-red-700 shadow" style={{ left: SIZE / 2, top: SIZE / 2 }} />
      </div>
      <figcaption className="mt-1 text-sm text-stone-700">
        {label} — {lat.toFixed(4)}, {lng.toFixed(4)}
      </figcaption>
    </figure>
  );
}
