// The form of the current step, with what it needs loaded: partners, scaling plans, the
// submission check, or the generic step form (with the map preview on the territory step).
import { getLocale, getTranslations } from "next-intl/server";
import type { EditableAlliance } from "@/lib/alliances/workspace";
import { listDomains } from "@/lib/alliances/directory";
import type { EditorStep } from "@/lib/alliances/form-steps";
import { submissionIssues } from "@/lib/validation/alliance";
import { getCommune, getEpci, listDepartements, listRegions } from "@/lib/geo/communes";
import { communeOption } from "@/lib/geo/options";
import { env } from "@/lib/env";
import { PointPreview } from "@/components/maps/point-preview";
import { StepForm, type CommuneChoice } from "./step-form";
import { PartnersStep } from "./partners-step";
import { SubmitStep } from "./submit-step";
import { ScalingStep } from "./scaling-step";

export type StepQuery = { plan?: string; enregistre?: string; retiree?: string };

const communeChoices = (codes: string[]) => codes.map(communeOption).filter((c): c is CommuneChoice => c !== null);
const departementOptions = () => listDepartements().map((d) => [d.code, `${d.code} — ${d.name}`] as [string, string]);
const regionOptions = () => listRegions().map((r) => [r.code, r.name] as [string, string]);

export async function StepBody({ alliance, step, query }: { alliance: EditableAlliance; step: EditorStep; query: StepQuery }) {
  const { draft } = alliance;
  if (step === "partenaires") {
    return <PartnersStep allianceId={alliance.id} version={alliance.version} partners={draft.partners.map((p) => ({ ...p, organisation: alliance.partners.find((o) => o.id === p.organisationId) ?? null }))} />;
  }
  if (step === "essaimage") {
    const t = await getTranslations("editor");
    const editingIndex = draft.scalingPlans.findIndex((p) => p.key === query.plan);
    const editing = query.plan === "nouveau" ? "new" : editingIndex >= 0 ? draft.scalingPlans[editingIndex]! : null;
    const communes = editing && editing !== "new" ? communeChoices(editing.targets.filter((x) => x.level === "COMMUNE").map((x) => x.code)) : [];
    return (
      <>
        {query.enregistre && (
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
          options={{ domains: await listDomains(await getLocale()), departements: departementOptions(), regions: regionOptions() }}
        />
      </>
    );
  }
  if (step === "soumettre") {
    const types = new Map(alliance.partners.map((p) => [p.id, p.type]));
    return (
      <SubmitStep
        allianceId={alliance.id}
        version={alliance.version}
        state={alliance.state}
        pending={alliance.reviewPending}
        withdrawn={Boolean(query.retiree)}
        issues={submissionIssues(draft, types).map((issue) => issue.message)}
        editors={alliance.editors}
      />
    );
  }
  const t = await getTranslations("editor");
  const commune = draft.territory.communeInsee ? communeOption(draft.territory.communeInsee) : null;
  const domains = step === "domaines" ? await listDomains(await getLocale()) : [];
  const epci = commune ? getCommune(commune.insee)?.epci : null;
  return (
    <>
      <StepForm
        allianceId={alliance.id}
        version={alliance.version}
        step={step}
        draft={draft}
        commune={commune}
        coveredCommunes={communeChoices(draft.territory.coveredCommunes)}
        domains={domains}
        departements={departementOptions()}
        regions={regionOptions()}
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
