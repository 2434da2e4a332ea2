// Organisation autocomplete for the alliance editor (catalysts only).
import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/lib/auth/session";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { searchOrganisations } from "@/lib/organisations/service";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  try {
    await requireRole("CATALYST");
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const q = request.nextUrl.searchParams.get("q") ?? "";
  if (q.length > 100) return NextResponse.json({ error: "La recherche est limitée à 100 caractères." }, { status: 400 });
  return NextResponse.json({ organisations: await searchOrganisations(q) });
}
