"use client";
// "Use my position": the browser's geolocation, put in the URL like any other search.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export function UseMyPosition({ keep }: { keep: Record<string, string> }) {
  const t = useTranslations("peers");
  const router = useRouter();
  const [state, setState] = useState<"idle" | "locating" | "denied" | "unavailable">("idle");
  return (
    <div>
      <button
        type="button"
        className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
        onClick={() => {
          if (!("geolocation" in navigator)) return setState("unavailable");
          setState("locating");
          navigator.geolocation.getCurrentPosition(
            (position) => {
              const params = new URLSearchParams({ ...keep, lat: position.coords.latitude.toFixed(5), lng: position.coords.longitude.toFixed(5) });
              params.delete("commune");
              params.delete("page");
              router.push(`/trouver-un-pair?${params.toString()}`);
            },
            (error) => setState(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
            { timeout: 10_000, maximumAge: 600_000 },
          );
        }}
      >
        {state === "locating" ? t("locating") : t("useMyPosition")}
      </button>
      <p aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden" data-testid="geolocation-error">
        {state === "denied" ? t("geolocationDenied") : state === "unavailable" ? t("geolocationUnavailable") : ""}
      </p>
    </div>
  );
}
