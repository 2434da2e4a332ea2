"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/fields";
import { DIRECTIONS, IMPACT_REGISTERS, INDICATOR_UNITS } from "@/lib/validation/impact";
import { addIndicatorAction, recordEvidenceAction, recordMeasurementAction, removeMeasurementAction } from "../actions";

type CatalogueItem = { code: string; register: string; nameFr: string; definition: string; method: string; unit: string };

export function AddIndicatorForm({ allianceId, catalogue }: { allianceId: string; catalogue: CatalogueItem[] }) {
  const t = useTranslations("impact");
  const [code, setCode] = useState("");
  const picked = catalogue.find((c) => c.code === code);
  return (
    <ActionForm action={addIndicatorAction} className="space-y-4" testId="add-indicator">
      <input type="hidden" name="allianceId" value={allianceId} />
      <div className="space-y-1">
        <label htmlFor="catalogueCode" className="block font-medium">
          {t("catalogue")}
        </label>
        <select id="catalogueCode" name="catalogueCode" value={code} onChange={(event) => setCode(event.target.value)} className="w-full max-w-xl rounded border border-stone-400 bg-white px-2 py-2">
          <option value="">{t("custom")}</option>
          {IMPACT_REGISTERS.map((register) => (
            <optgroup key={register} label={t(`registers.${register}`)}>
              {catalogue
                .filter((c) => c.register === register)
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.nameFr}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      {picked ? (
        <div className="rounded bg-stone-50 p-3 text-sm" data-testid="catalogue-definition">
          <p>
            <span className="font-medium">{t("definition")} : </span>
            {picked.definition}
          </p>
          <p>
            <span className="font-medium">{t("method")} : </span>
            {picked.method}
          </p>
        </div>
      ) : (
        <>
          <TextField name="name" label={t("name")} maxLength={200} />
          <TextArea name="definition" label={t("definition")} rows={2} maxLength={2000} />
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField name="register" label={t("register")} empty={t("choose")} options={IMPACT_REGISTERS.map((r) => [r, t(`registers.${r}`)])} />
            <SelectField name="unit" label={t("unit")} empty={t("choose")} options={INDICATOR_UNITS.map((u) => [u, t(`units.${u}`)])} />
            <SelectField name="direction" label={t("direction")} options={DIRECTIONS.map((d) => [d, t(`directions.${d}`)])} />
          </div>
        </>
      )}
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField name="baselineValue" label={t("baselineValue")} />
        <TextField name="baselineDate" type="date" label={t("baselineDate")} />
        <TextField name="targetValue" label={t("targetValue")} />
        <TextField name="targetDate" type="date" label={t("targetDate")} />
      </div>
      <SubmitButton>{t("addIndicator")}</SubmitButton>
    </ActionForm>
  );
}

export function MeasurementForm({ allianceId, indicatorId, name }: { allianceId: string; indicatorId: string; name: string }) {
  const t = useTranslations("impact");
  return (
    <ActionForm action={recordMeasurementAction} className="space-y-3" testId="measurement-form">
      <input type="hidden" name="allianceId" value={allianceId} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="value" label={t("valueFor", { name })} />
        <TextField name="measuredOn" type="date" label={t("measuredOn")} />
        <TextField name="source" label={t("source")} hint={t("sourceHint")} maxLength={300} />
      </div>
      <TextField name="method" label={t("methodOptional")} maxLength={1000} />
      <TextField name="comment" label={t("comment")} maxLength={1000} />
      <SubmitButton variant="secondary">{t("record")}</SubmitButton>
    </ActionForm>
  );
}

export function RemoveMeasurementForm({ allianceId, measurementId, label }: { allianceId: string; measurementId: string; label: string }) {
  return (
    <ActionForm action={removeMeasurementAction}>
      <input type="hidden" name="allianceId" value={allianceId} />
      <input type="hidden" name="measurementId" value={measurementId} />
      <button className="text-sm text-red-800 underline">{label}</button>
    </ActionForm>
  );
}

export function EvidenceForm({ allianceId }: { allianceId: string }) {
  const t = useTranslations("impact");
  return (
    <ActionForm action={recordEvidenceAction} className="space-y-3" testId="evidence-form">
      <input type="hidden" name="allianceId" value={allianceId} />
      <SelectField name="register" label={t("register")} empty={t("choose")} options={IMPACT_REGISTERS.map((r) => [r, t(`registers.${r}`)])} />
      <TextArea name="quote" label={t("quote")} rows={3} maxLength={2000} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="authorName" label={t("authorName")} maxLength={120} />
        <TextField name="authorRole" label={t("authorRole")} maxLength={200} />
        <TextField name="recordedOn" type="date" label={t("recordedOn")} />
      </div>
      <CheckboxField name="consent" label={t("consent")} hint={t("consentHint")} />
      <SubmitButton variant="secondary">{t("addEvidence")}</SubmitButton>
    </ActionForm>
  );
}
