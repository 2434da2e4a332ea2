// Health check: 200 with the database status, 503 when PostgreSQL cannot be reached.
import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/database/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    { status: database.up ? "ok" : "unavailable", database: database.up ? "up" : "down", latencyMs: database.latencyMs },
    { status: database.up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
