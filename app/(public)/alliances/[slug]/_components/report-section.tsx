// Reporting the alliance (or one of its measurements) to the moderators; signed-in users only.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReportForm } from "./report-form";

/** `open`: the page was opened from a "report this measurement" link. */
export async function ReportSection({ allianceId, slug, viewer, open, measurementId }: { allianceId: string; slug: string; viewer: CurrentUser | null; open: boolean; measurementId?: string }) {
  const t = await getTranslations("reports.form");
  return (
    <section aria-labelledby="report" className="border-t border-stone-200 pt-4 text-sm">
      <details open={open}>
        <summary id="report" className="cursor-pointer font-medium">
          {t("title")}
        </summary>
        {viewer ? (
          <ClientMessages namespaces={["reports", "errors"]}>
            <ReportForm allianceId={allianceId} measurementId={measurementId} />
          </ClientMessages>
        ) : (
          <p className="mt-2">
            <Link href={`/connexion?callbackUrl=${encodeURIComponent(`/alliances/${slug}`)}`} className="underline underline-offset-4">
              {t("signIn")}
            </Link>
          </p>
        )}
      </details>
    </section>
  );
}
