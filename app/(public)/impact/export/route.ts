// One table of the network impact view as CSV (public: aggregates of published content).
import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { directoryQuerySchema } from "@/lib/validation/directory";
import { networkImpact, IMPACT_TABLES, type ImpactTable } from "@/lib/network/impact";
import { alliancesPerDepartement, measurementsPerYear, IMPACT_EXTRA_TABLES, type ImpactExtraTable } from "@/lib/network/impact-geo";
import { impactExtraCsv, impactTableCsv } from "@/lib/network/impact-csv";
import { getRegion, listDepartements } from "@/lib/geo/communes";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const table = params.tableau as ImpactTable | ImpactExtraTable;
  const known = [...IMPACT_TABLES, ...IMPACT_EXTRA_TABLES];
  if (!known.includes(table)) {
    return NextResponse.json({ error: `Tableau inconnu : choisissez ${known.join(", ")}.` }, { status: 400 });
  }
  const query = directoryQuerySchema.parse(params);
  const t = await getTranslations({ locale: "fr", namespace: "network" });
  const label = (key: string) => t(key as never);
  let body: string;
  if (table === "departements" || table === "mesures") {
    const [perDepartement, measurements] = await Promise.all([table === "departements" ? alliancesPerDepartement(query) : [], table === "mesures" ? measurementsPerYear(query) : []]);
    const departements = listDepartements().map((d) => ({ code: d.code, name: d.name, region: getRegion(d.region)?.name ?? d.region, alliances: perDepartement.find((p) => p.code === d.code)?.alliances ?? 0 }));
    body = impactExtraCsv(table, { departements, measurements }, label);
  } else {
    body = impactTableCsv(table, await networkImpact(query), label);
  }
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="essaim-impact-${table}.csv"`, "Cache-Control": "no-store" },
  });
}
