// An alliance's impact report: one printable document (A4 print style sheet) and its PDF.
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { reportDocumentFor } from "@/lib/reports/load";
import { ReportView } from "@/components/reports/report-view";
import { PrintButton } from "./_components/print-button";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return process.env.AUTH_URL?.replace(/\/$/, "") ?? `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const result = await reportDocumentFor((await params).slug, await getLocale(), await origin());
  if (result.kind !== "found") return {};
  return { title: result.document.title, robots: { index: false } };
}

export default async function ReportPage({ params }: { params: Params }) {
  const { slug } = await params;
  const result = await reportDocumentFor(slug, await getLocale(), await origin());
  if (result.kind === "moved") permanentRedirect(`/alliances/${result.slug}/rapport`);
  if (result.kind === "missing") notFound();
  const t = await getTranslations("impactReport");
  return (
    <div className="space-y-4">
      <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
        <Link href={`/alliances/${result.slug}`} className="underline underline-offset-4">
          {t("back", { name: result.name })}
        </Link>
      </nav>
      <ReportView
        document={result.document}
        actions={
          <>
            <PrintButton label={t("print")} />
            <a href={`/alliances/${result.slug}/rapport/pdf`} className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800" data-testid="report-pdf-link">
              {t("pdf")}
            </a>
          </>
        }
      />
    </div>
  );
}
