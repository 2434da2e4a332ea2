// What the page of a region shows, as CSV (public: published content only).
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { findTerritory, territoryView } from "@/lib/territories/queries";
import { territoryCsv } from "@/lib/territories/csv";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  role: "ANYONE",
  run: async ({ request, params }) => {
    const territory = findTerritory("region", String(params.code ?? ""));
    if (!territory) throw new AppError("NOT_FOUND", "errors.app.notFound");
    const t = await getTranslations({ locale: "fr", namespace: "network" });
    const csv = territoryCsv(await territoryView(territory, "fr"), request.nextUrl.origin, (key) => t(key as never));
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="essaim-region-${territory.code}.csv"`, "Cache-Control": "no-store" },
    });
  },
});
