"use client";
// One step of the alliance editor (all steps but partners and submission).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, useFieldError } from "@/components/ui/action-form";
import { CheckboxField, SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/fields";
import { CommuneCombobox, describeCommune, type CommuneOption } from "@/components/geo/commune-combobox";
import { ConflictPanel } from "./conflict-panel";
import { saveAllianceStepAction } from "../actions";
import {
  ALLIANCE_STAGES,
  DOCUMENT_KINDS,
  FUNDING_KINDS,
  LEGAL_STRUCTURES,
  LICENCES,
  SUCCESS_FACTORS,
  TERRITORY_SCALES,
  VISIBILITIES,
  type AllianceDraft,
} from "@/lib/validation/alliance";
import type { EditorStep } from "@/lib/alliances/form-steps";

export type CommuneChoice = CommuneOption;

type Props = {
  allianceId: string;
  version: number;
  step: Exclude<EditorStep, "partenaires" | "soumettre">;
  draft: AllianceDraft;
  commune: CommuneChoice | null;
  coveredCommunes: CommuneChoice[];
  domains: { code: string; label: string }[];
  departements: [string, string][];
  regions: [string, string][];
  epciName: string | null;
};

export function StepForm(props: Props) {
  const t = useTranslations();
  return (
    <ActionForm action={saveAllianceStepAction} className="space-y-5" renderConflict={(details) => <ConflictPanel details={details} />} testId="step-form">
      <input type="hidden" name="allianceId" value={props.allianceId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="step" value={props.step} />
      <StepFields {...props} />
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
        <SubmitButton name="intent" value="stay" variant="secondary">
          {t("editor.saveDraft")}
        </SubmitButton>
        <SubmitButton name="intent" value="next">
          {t("editor.saveAndNext")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}

function StepFields({ step, draft, commune, coveredCommunes, domains, departements, regions, epciName }: Props) {
  const t = useTranslations();
  const f = (key: string) => t(`editor.fields.${key}`);
  const visibilityOptions = VISIBILITIES.map((v) => [v, t(`editor.visibility.${v}`)] as [string, string]);
  switch (step) {
    case "identite":
      return (
        <>
          <TextField name="name" label={f("name")} defaultValue={draft.name} maxLength={120} required />
          <TextArea name="summary" label={f("summary")} hint={f("summaryHint")} defaultValue={draft.summary} rows={3} />
          <TextArea name="description" label={f("description")} hint={f("descriptionHint")} defaultValue={draft.description} rows={10} />
        </>
      );
    case "objectif":
      return (
        <>
          <TextArea name="objective" label={f("objective")} hint={f("objectiveHint")} defaultValue={draft.objective} rows={4} />
          <SelectField name="stage" label={f("stage")} defaultValue={draft.stage} options={ALLIANCE_STAGES.map((s) => [s, t(`enums.stage.${s}`)])} />
          <TextField name="startDate" type="date" label={f("startDate")} hint={f("startDateHint")} defaultValue={draft.startDate ?? ""} />
          <TextField name="endDate" type="date" label={f("endDate")} defaultValue={draft.endDate ?? ""} />
        </>
      );
    case "territoire":
      return <TerritoryFields draft={draft} commune={commune} coveredCommunes={coveredCommunes} departements={departements} regions={regions} epciName={epciName} />;
    case "domaines":
      return (
        <fieldset className="space-y-2">
          <legend className="font-medium">{f("domains")}</legend>
          <DomainError />
          <div className="grid gap-2 sm:grid-cols-2">
            {domains.map((domain) => (
              <CheckboxField key={domain.code} name="domainCodes" value={domain.code} label={domain.label} defaultChecked={draft.domainCodes.includes(domain.code)} />
            ))}
          </div>
        </fieldset>
      );
    case "structure": {
      const rows = [...draft.funding, { source: "", kind: "PUBLIC" as const, amountEur: null }, { source: "", kind: "PRIVATE" as const, amountEur: null }];
      return (
        <>
          <SelectField name="legalStructure" label={f("legalStructure")} defaultValue={draft.legalStructure ?? ""} empty={f("notYet")} options={LEGAL_STRUCTURES.map((s) => [s, t(`enums.legalStructure.${s}`)])} />
          <TextField name="legalStructureDetail" label={f("legalStructureDetail")} defaultValue={draft.legalStructureDetail} maxLength={200} />
          <fieldset className="space-y-3">
            <legend className="font-medium">{f("funding")}</legend>
            <input type="hidden" name="fundingRows" value={rows.length} />
            {rows.map((row, index) => (
              <div key={index} className="grid gap-2 rounded border border-stone-200 p-3 sm:grid-cols-3">
                <TextField name={`funding.${index}.source`} label={`${f("fundingSource")} ${index + 1}`} defaultValue={row.source} maxLength={200} />
                <SelectField name={`funding.${index}.kind`} label={f("fundingKind")} defaultValue={row.kind} options={FUNDING_KINDS.map((k) => [k, t(`editor.fundingKinds.${k}`)])} />
                <TextField name={`funding.${index}.amountEur`} errorName={`funding.${index}.amountEur`} label={f("fundingAmount")} defaultValue={row.amountEur === null ? "" : String(row.amountEur)} />
              </div>
            ))}
          </fieldset>
          <SelectField name="fundingVisibility" label={f("fundingVisibility")} defaultValue={draft.fundingVisibility} options={visibilityOptions} />
        </>
      );
    }
    case "facteurs":
      return (
        <>
          <fieldset className="space-y-3">
            <legend className="font-medium">{f("successFactors")}</legend>
            <p className="text-sm text-stone-700">{f("successFactorsHint")}</p>
            {SUCCESS_FACTORS.map((factor) => {
              const current = draft.successFactors.find((entry) => entry.factor === factor);
              return (
                <div key={factor} className="grid gap-2 rounded border border-stone-200 p-3 sm:grid-cols-[1fr_8rem_2fr] sm:items-end">
                  <p className="font-medium">{t(`editor.successFactors.${factor}`)}</p>
                  <SelectField name={`sf.${factor}.score`} label={f("score")} defaultValue={current ? String(current.score) : ""} empty="—" options={["1", "2", "3", "4"].map((n) => [n, n])} />
                  <TextField name={`sf.${factor}.comment`} label={f("comment")} defaultValue={current?.comment ?? ""} maxLength={500} />
                </div>
              );
            })}
          </fieldset>
          <CheckboxField name="welcomesVisits" label={f("welcomesVisits")} hint={f("welcomesVisitsHint")} defaultChecked={draft.welcomesVisits} />
          <TextField name="contact.name" label={f("contactName")} defaultValue={draft.contact.name} maxLength={120} autoComplete="name" />
          <TextField name="contact.email" type="email" label={f("contactEmail")} defaultValue={draft.contact.email} autoComplete="email" />
          <TextField name="contact.phone" type="tel" label={f("contactPhone")} defaultValue={draft.contact.phone} autoComplete="tel" />
          <SelectField name="contact.visibility" label={f("contactVisibility")} defaultValue={draft.contact.visibility} options={visibilityOptions} />
          <TextField name="website" type="url" label={f("website")} defaultValue={draft.website} />
        </>
      );
    case "documents": {
      const rows = [...draft.documents, { key: "", title: "", url: "", kind: "REPORT" as const, licence: "CC-BY-4.0" as const }];
      return (
        <fieldset className="space-y-3">
          <legend className="font-medium">{f("documents")}</legend>
          <p className="text-sm text-stone-700">{f("documentsHint")}</p>
          <input type="hidden" name="documentRows" value={rows.length} />
          {rows.map((row, index) => (
            <div key={row.key || `new-${index}`} className="grid gap-2 rounded border border-stone-200 p-3 sm:grid-cols-2">
              <input type="hidden" name={`documents.${index}.key`} value={row.key} />
              <TextField name={`documents.${index}.title`} label={`${f("documentTitle")} ${index + 1}`} defaultValue={row.title} maxLength={200} />
              <TextField name={`documents.${index}.url`} type="url" label={f("documentUrl")} defaultValue={row.url} />
              <SelectField name={`documents.${index}.kind`} label={f("documentKind")} defaultValue={row.kind} options={DOCUMENT_KINDS.map((k) => [k, t(`enums.documentKind.${k}`)])} />
              <SelectField name={`documents.${index}.licence`} label={f("documentLicence")} defaultValue={row.licence} options={LICENCES.map((l) => [l, l])} />
            </div>
          ))}
        </fieldset>
      );
    }
  }
}

function DomainError() {
  // Reuses the field machinery for a group: the message shows above the checkboxes.
  return <TextFieldError name="domainCodes" />;
}

function TextFieldError({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? <p className="text-sm font-medium text-red-800">{error}</p> : null;
}

function TerritoryFields({ draft, commune, coveredCommunes, departements, regions, epciName }: Pick<Props, "draft" | "commune" | "coveredCommunes" | "departements" | "regions" | "epciName">) {
  const t = useTranslations();
  const f = (key: string) => t(`editor.fields.${key}`);
  const communeError = useFieldError("territory.communeInsee");
  const [covered, setCovered] = useState<CommuneChoice[]>(coveredCommunes);
  const [candidate, setCandidate] = useState<CommuneChoice | null>(null);
  return (
    <>
      <CommuneCombobox name="communeInsee" label={f("commune")} hint={f("communeHint")} noResults={f("noCommune")} initial={commune} error={communeError} />
      {epciName && <p className="text-sm text-stone-700">{t("editor.fields.epci", { name: epciName })}</p>}
      <TextField name="address" label={f("address")} defaultValue={draft.territory.address} maxLength={300} errorName="territory.address" />
      <SelectField name="scale" label={f("scale")} defaultValue={draft.territory.scale} options={TERRITORY_SCALES.map((s) => [s, t(`enums.scale.${s}`)])} />
      <fieldset className="space-y-2 rounded border border-stone-200 p-3">
        <legend className="font-medium">{f("coveredCommunes")}</legend>
        <ul className="flex flex-wrap gap-2">
          {covered.map((item) => (
            <li key={item.insee} className="flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm">
              <input type="hidden" name="coveredCommunes" value={item.insee} />
              {describeCommune(item)}
              <button type="button" className="ml-1 rounded px-1 underline" onClick={() => setCovered(covered.filter((c) => c.insee !== item.insee))}>
                {t("editor.fields.removeCommune", { name: item.name })}
              </button>
            </li>
          ))}
        </ul>
        <CommuneCombobox name="_candidate" label={t("editor.fields.addCommune")} hint={f("communeHint")} noResults={f("noCommune")} initial={null} onSelect={setCandidate} />
        <button
          type="button"
          className="rounded border border-brand-700 px-3 py-1 text-brand-800"
          disabled={!candidate}
          onClick={() => {
            if (candidate && !covered.some((c) => c.insee === candidate.insee)) setCovered([...covered, candidate]);
          }}
        >
          {t("editor.fields.addCommune")}
        </button>
      </fieldset>
      <SelectField name="coveredDepartements" label={f("coveredDepartements")} hint={f("multiHint")} defaultValue={draft.territory.coveredDepartements} options={departements} multiple size={6} errorName="territory.coveredDepartements" />
      <SelectField name="coveredRegions" label={f("coveredRegions")} hint={f("multiHint")} defaultValue={draft.territory.coveredRegions} options={regions} multiple size={6} errorName="territory.coveredRegions" />
    </>
  );
}
