// CSV export of the filtered audit log (admins only: 401 signed out, 403 other roles,
// 400 with the reason for bad filters). UTF-8 with a BOM and `;` so spreadsheets set to
// French open it as columns, accents intact (ADR 0014).
import { parisDay } from "@/lib/dates/paris";
import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/lib/auth/session";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { auditLogCsv } from "@/lib/audit/journal";
import { auditFilterErrors, auditFilterSchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  let admin;
  try {
    admin = await requireRole("ADMIN");
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const parsed = auditFilterSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Filtres invalides.", fieldErrors: auditFilterErrors(parsed.error) }, { status: 400 });
  const encoder = new TextEncoder();
  const lines = auditLogCsv(admin, parsed.data);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode("\uFEFF"));
    },
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const day = parisDay();
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="essaim-journal-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
