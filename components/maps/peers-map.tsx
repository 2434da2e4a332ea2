"use client";
// The results on a map (Leaflet, loaded only where this component is used). Markers are
// vector circles, so they show even when the tile server (MAP_TILE_URL) cannot be reached;
// the list next to it carries the same results for keyboard and screen-reader users.
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";

export type MapPoint = { id: string; lat: number; lng: number; label: string; href: string };

export function PeersMap({ origin, points, tileUrl, label, tilesFailed }: { origin: { lat: number; lng: number; label: string }; points: MapPoint[]; tileUrl: string; label: string; tilesFailed: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let map: import("leaflet").Map | null = null;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false });
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "© OpenStreetMap" })
        .on("tileerror", () => setFailed(true))
        .addTo(map);
      const bounds = L.latLngBounds([[origin.lat, origin.lng]]);
      L.circleMarker([origin.lat, origin.lng], { radius: 8, color: "#1e3a8a", fillColor: "#3b82f6", fillOpacity: 0.9, weight: 2 })
        .bindTooltip(origin.label)
        .addTo(map);
      for (const point of points) {
        bounds.extend([point.lat, point.lng]);
        const marker = L.circleMarker([point.lat, point.lng], { radius: 7, color: "#7c2d12", fillColor: "#c2410c", fillOpacity: 0.85, weight: 2 });
        const link = document.createElement("a");
        link.href = point.href;
        link.textContent = point.label;
        marker.bindPopup(link).addTo(map);
      }
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 12 });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [origin.lat, origin.lng, origin.label, points, tileUrl]);

  return (
    <figure>
      <div ref={container} className="h-96 w-full rounded border border-stone-300 bg-stone-100" role="region" aria-label={label} data-testid="peers-map" />
      {failed && (
        <figcaption role="status" className="mt-1 text-sm text-stone-700">
          {tilesFailed}
        </figcaption>
      )}
    </figure>
  );
}
