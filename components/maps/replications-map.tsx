"use client";
// Replications on a map of France: a line from each origin to its replica (Leaflet,
// vector layers, so lines and points show even when tiles cannot load).
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";

export type Line = { id: string; from: { lat: number; lng: number; name: string }; to: { lat: number; lng: number; name: string } };

export function ReplicationsMap({ lines, tileUrl, label, tilesFailed }: { lines: Line[]; tileUrl: string; label: string; tilesFailed: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let map: import("leaflet").Map | null = null;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false }).setView([46.6, 2.4], 5);
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "© OpenStreetMap" })
        .on("tileerror", () => setFailed(true))
        .addTo(map);
      for (const line of lines) {
        L.polyline([[line.from.lat, line.from.lng], [line.to.lat, line.to.lng]], { color: "#c2410c", weight: 2, opacity: 0.8 }).bindTooltip(`${line.from.name} → ${line.to.name}`).addTo(map);
        L.circleMarker([line.from.lat, line.from.lng], { radius: 5, color: "#7c2d12", fillOpacity: 1 }).addTo(map);
        L.circleMarker([line.to.lat, line.to.lng], { radius: 4, color: "#c2410c", fillColor: "#fff", fillOpacity: 1 }).addTo(map);
      }
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [lines, tileUrl]);
  return (
    <figure>
      <div ref={container} className="h-[28rem] w-full rounded border border-stone-300 bg-stone-100" role="region" aria-label={label} data-testid="replications-map" />
      {failed && (
        <figcaption role="status" className="mt-1 text-sm text-stone-700">
          {tilesFailed}
        </figcaption>
      )}
    </figure>
  );
}
