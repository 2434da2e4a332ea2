// Commune autocomplete (public reference data): name, postcode or INSEE code → communes.
import { NextResponse, type NextRequest } from "next/server";
import { searchCommunes } from "@/lib/geo/communes";
import { toCommuneOption } from "@/lib/geo/options";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  if (q.length > 100) return NextResponse.json({ error: "La recherche est limitée à 100 caractères." }, { status: 400 });
  if (q.trim().length < 2) return NextResponse.json({ communes: [] });
  const communes = searchCommunes(q, 10).map(toCommuneOption);
  return NextResponse.json({ communes }, { headers: { "Cache-Control": "public, max-age=86400" } });
}
