// Commune autocomplete (public reference data): name, postcode or INSEE code → communes.
import { NextResponse, type NextRequest } from "next/server";
import { getDepartement, getRegion, searchCommunes } from "@/lib/geo/communes";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  if (q.length > 100) return NextResponse.json({ error: "La recherche est limitée à 100 caractères." }, { status: 400 });
  if (q.trim().length < 2) return NextResponse.json({ communes: [] });
  const communes = searchCommunes(q, 10).map((commune) => ({
    insee: commune.insee,
    name: commune.name,
    postcodes: commune.postcodes,
    departement: commune.departement,
    departementName: getDepartement(commune.departement)?.name ?? "",
    regionName: getRegion(commune.region)?.name ?? "",
    lat: commune.lat,
    lng: commune.lng,
  }));
  return NextResponse.json({ communes }, { headers: { "Cache-Control": "public, max-age=86400" } });
}
