// The impact report as a PDF download, with the reader's visibility (public: anyone may ask).
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { reportDocumentFor } from "@/lib/reports/load";
import { renderReportPdf } from "@/lib/reports/pdf";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  role: "ANYONE",
  run: async ({ request, params, locale }) => {
    const result = await reportDocumentFor(String(params.slug ?? ""), locale, process.env.AUTH_URL?.replace(/\/$/, "") ?? request.nextUrl.origin);
    if (result.kind === "moved") return Response.redirect(new URL(`/alliances/${result.slug}/rapport/pdf`, request.nextUrl), 308);
    if (result.kind === "missing") throw new AppError("NOT_FOUND", "errors.app.notFound");
    const pdf = await renderReportPdf(result.document, locale === "en" ? "en-GB" : "fr-FR");
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="rapport-impact-${result.slug}.pdf"`,
        // Network and private fields depend on who asks: never shared by a cache.
        "Cache-Control": "private, no-store",
      },
    });
  },
});
