// The alliance editor: a guided form in steps, each saved as a draft revision.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getEditableAlliance } from "@/lib/alliances/workspace";
import { listDomains } from "@/lib/alliances/directory";
import { EDITOR_STEPS, isEditorStep } from "@/lib/alliances/form-steps";
import { submissionIssues } from "@/lib/validation/alliance";
import { getCommune, getEpci, listDepartements, listRegions } from "@/lib/geo/communes";
import { communeOption } from "@/lib/geo/options";
import { env } from "@/lib/env";
import { PointPreview } from "@/components/maps/point-preview";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StepForm, type CommuneChoice } from "./_components/step-form";
import { PartnersStep } from "./_components/partners-step";
import { SubmitStep } from "./_components/submit-step";
import { ScalingStep } from "./_components/scaling-step";
import { findPossibleDuplicates } from "@/lib/moderation/duplicates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.editAlliance");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

const communeChoice = communeOption;

export default async function EditAlliancePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ etape?: string; plan?: string; enregistre?: string; retiree?: string }> }) {
  const { id } = await params;
  const { etape, plan: planParam, enregistre, retiree } = await searchParams;
  const user = await requirePageRole("CATALYST", `/espace/alliances/${id}/modifier`);
  const alliance = await getEditableAlliance(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const step = isEditorStep(etape) ? etape : "identite";
  const t = await getTranslations("editor");
  const locale = await getLocale();
  const { draft } = alliance;
  const commune = draft.territory.communeInsee ? communeChoice(draft.territory.communeInsee) : null;

  // "Is it one of these?": published alliances this one may repeat, while it is not published.
  const duplicates = alliance.state === "PUBLISHED" || alliance.state === "CHANGES_PENDING" ? [] : await findPossibleDuplicates(alliance.id, draft, 3);

  let body: React.ReactNode;
  if (step === "partenaires") {
    body = <PartnersStep allianceId={alliance.id} version={alliance.version} partners={draft.partners.map((p) => ({ ...p, organisation: alliance.partners.find((o) => o.id === p.organisationId) ?? null }))} />;
  } else if (step === "essaimage") {
    const editingIndex = draft.scalingPlans.findIndex((p) => p.key === planParam);
    const editing = planParam === "nouveau" ? "new" : editingIndex >= 0 ? draft.scalingPlans[editingIndex]! : null;
    const communes = editing && editing !== "new" ? editing.targets.filter((x) => x.level === "COMMUNE").map((x) => communeChoice(x.code)).filter((c): c is CommuneChoice => c !== null) : [];
    body = (
      <>
        {enregistre && (
          <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
            {t("planSaved")}
          </p>
        )}
        <ScalingStep
          allianceId={alliance.id}
          version={alliance.version}
          plans={draft.scalingPlans}
          editing={editing}
          planIndex={editingIndex >= 0 ? editingIndex : draft.scalingPlans.length}
          communes={communes}
          options={{ domains: await listDomains(locale), departements: listDepartements().map((d) => [d.code, `${d.code} — ${d.name}`]), regions: listRegions().map((r) => [r.code, r.name]) }}
        />
      </>
    );
  } else if (step === "soumettre") {
    const types = new Map(alliance.partners.map((p) => [p.id, p.type]));
    body = (
      <SubmitStep
        allianceId={alliance.id}
        version={alliance.version}
        state={alliance.state}
        pending={alliance.reviewPending}
        withdrawn={Boolean(retiree)}
        issues={submissionIssues(draft, types).map((issue) => issue.message)}
        editors={alliance.editors}
      />
    );
  } else {
    const domains = step === "domaines" ? await listDomains(locale) : [];
    const epci = commune ? getCommune(commune.insee)?.epci : null;
    body = (
      <>
        <StepForm
          allianceId={alliance.id}
          version={alliance.version}
          step={step}
          draft={draft}
          commune={commune}
          coveredCommunes={draft.territory.coveredCommunes.map(communeChoice).filter((c): c is CommuneChoice => c !== null)}
          domains={domains}
          departements={listDepartements().map((d) => [d.code, `${d.code} — ${d.name}`])}
          regions={listRegions().map((r) => [r.code, r.name])}
          epciName={epci ? (getEpci(epci)?.name ?? null) : null}
        />
        {step === "territoire" && commune && (
          <div className="mt-6">
            <h2 className="mb-2 font-semibold">{t("fields.mapPreview")}</h2>
            <PointPreview lat={draft.territory.lat ?? commune.lat} lng={draft.territory.lng ?? commune.lng} label={`${commune.name} (${commune.departementName})`} tileUrl={env().MAP_TILE_URL} />
          </div>
        )}
      </>
    );
  }

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/espace" className="underline underline-offset-4">
            {t("back")}
          </Link>
          {" · "}
          <Link href={`/espace/alliances/${alliance.id}/filiation`} className="underline underline-offset-4">
            {t("lineageLink")}
          </Link>
          {" · "}
          <Link href={`/espace/alliances/${alliance.id}/impact`} className="underline underline-offset-4">
            {t("impactLink")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title", { name: draft.name || "—" })}</h1>
      </header>
      {duplicates.length > 0 && (
        <aside aria-labelledby="duplicates-title" className="rounded border border-amber-300 bg-amber-50 p-4" data-testid="duplicate-suggestions">
          <h2 id="duplicates-title" className="font-semibold">
            {t("duplicates.title")}
          </h2>
          <p className="text-sm">{t("duplicates.lead")}</p>
          <ul className="mt-2 list-disc pl-6">
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/alliances/${d.slug}`} className="underline underline-offset-4">
                  {d.name}
                </Link>
                {d.communeName ? ` (${d.communeName})` : ""}
              </li>
            ))}
          </ul>
        </aside>
      )}
      <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
        <nav aria-label={t("stepsNav")}>
          <ol className="space-y-1">
            {EDITOR_STEPS.map((item, index) => (
              <li key={item}>
                <Link
                  href={`/espace/alliances/${alliance.id}/modifier?etape=${item}`}
                  aria-current={item === step ? "step" : undefined}
                  className={`block rounded px-3 py-2 ${item === step ? "bg-brand-700 font-semibold text-white" : "hover:bg-brand-50"}`}
                >
                  {index + 1}. {t(`steps.${item}`)}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <section aria-labelledby="step-title">
          <h2 id="step-title" className="mb-4 text-xl font-semibold">
            {t(`steps.${step}`)}
          </h2>
          <ClientMessages namespaces={["auth", "errors", "editor", "enums", "scaling"]}>{body}</ClientMessages>
        </section>
      </div>
    </div>
  );
}
