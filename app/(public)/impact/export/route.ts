// One table of the network impact view as CSV (public: aggregates of published content).
import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { directoryQuerySchema } from "@/lib/validation/directory";
import { networkImpact, IMPACT_TABLES, type ImpactTable } from "@/lib/network/impact";
import { impactTableCsv } from "@/lib/network/impact-csv";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const table = params.tableau as ImpactTable;
  if (!IMPACT_TABLES.includes(table)) {
    return NextResponse.json({ error: `Tableau inconnu : choisissez ${IMPACT_TABLES.join(", ")}.` }, { status: 400 });
  }
  const data = await networkImpact(directoryQuerySchema.parse(params));
  const t = await getTranslations({ locale: "fr", namespace: "network" });
  return new Response(impactTableCsv(table, data, (key) => t(key as never)), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="essaim-impact-${table}.csv"`, "Cache-Control": "no-store" },
  });
}
