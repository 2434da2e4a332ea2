// "Ask to visit": the form, or why there is none (no visits, signed out, an editor, a request
// already open).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicView } from "@/lib/alliances/public";
import type { CurrentUser } from "@/lib/auth/session";
import { findOpenRequest } from "@/lib/contacts/queries";
import { VISIT_LIMITS } from "@/lib/validation/visits";
import { ClientMessages } from "@/components/i18n/client-messages";
import { VisitForm } from "./visit-form";

export async function VisitSection({ alliance, viewer }: { alliance: PublicView; viewer: CurrentUser | null }) {
  const t = await getTranslations();
  const openRequest = viewer && alliance.welcomesVisits && !alliance.viewerIsEditor ? await findOpenRequest(viewer, alliance.id) : null;
  return (
    <section aria-labelledby="visit" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="visit-section">
      <h2 id="visit" className="text-xl font-semibold">
        {t("visits.form.title")}
      </h2>
      {!alliance.welcomesVisits ? (
        <p data-testid="visit-closed">{t("visits.form.noVisits")}</p>
      ) : !viewer ? (
        <p>
          <Link href={`/connexion?callbackUrl=${encodeURIComponent(`/alliances/${alliance.slug}`)}`} className="font-medium underline underline-offset-4">
            {t("visits.form.signIn")}
          </Link>
        </p>
      ) : alliance.viewerIsEditor ? (
        <p>
          {t("visits.form.editor")}{" "}
          <Link href="/espace/demandes" className="font-medium underline underline-offset-4">
            {t("visits.form.editorLink")}
          </Link>
        </p>
      ) : openRequest ? (
        <p data-testid="visit-open">
          {t("visits.form.alreadyOpen")}{" "}
          <Link href={`/mes-demandes/${openRequest.id}`} className="font-medium underline underline-offset-4">
            {t("visits.form.alreadyOpenLink")}
          </Link>
        </p>
      ) : (
        <>
          <p>{t("visits.form.lead")}</p>
          <ClientMessages namespaces={["visits", "errors"]}>
            <VisitForm allianceId={alliance.id} limits={VISIT_LIMITS} />
          </ClientMessages>
        </>
      )}
    </section>
  );
}
