"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/fields";
import { DIRECTIONS, IMPACT_REGISTERS, INDICATOR_UNITS } from "@/lib/validation/impact";
import { saveCatalogueAction } from "../actions";

type Item = { code: string; register: string; nameFr: string; nameEn: string; definition: string; method: string; unit: string; direction: string; aggregation: string; irisCode: string | null; active: boolean };

export function CatalogueForm({ item }: { item: Item | null }) {
  const t = useTranslations("impact");
  const a = useTranslations("adminImpact");
  return (
    <ActionForm action={saveCatalogueAction} className="space-y-3" testId="catalogue-form">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="code" label={a("code")} hint={a("codeHint")} defaultValue={item?.code ?? ""} maxLength={60} />
        <SelectField name="register" label={t("register")} defaultValue={item?.register ?? ""} empty={t("choose")} options={IMPACT_REGISTERS.map((r) => [r, t(`registers.${r}`)])} />
        <TextField name="irisCode" label={a("iris")} hint={a("irisHint")} defaultValue={item?.irisCode ?? ""} maxLength={10} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="nameFr" label={a("nameFr")} defaultValue={item?.nameFr ?? ""} maxLength={200} />
        <TextField name="nameEn" label={a("nameEn")} defaultValue={item?.nameEn ?? ""} maxLength={200} />
      </div>
      <TextArea name="definition" label={t("definition")} defaultValue={item?.definition ?? ""} rows={3} maxLength={2000} />
      <TextArea name="method" label={t("method")} defaultValue={item?.method ?? ""} rows={3} maxLength={2000} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="unit" label={t("unit")} defaultValue={item?.unit ?? ""} empty={t("choose")} options={INDICATOR_UNITS.map((u) => [u, t(`units.${u}`)])} />
        <SelectField name="direction" label={t("direction")} defaultValue={item?.direction ?? "HIGHER_IS_BETTER"} options={DIRECTIONS.map((d) => [d, t(`directions.${d}`)])} />
        <SelectField name="aggregation" label={a("aggregation")} defaultValue={item?.aggregation ?? "SUM"} options={(["SUM", "MEDIAN", "NONE"] as const).map((g) => [g, a(`aggregations.${g}`)])} />
      </div>
      <CheckboxField name="active" label={a("active")} defaultChecked={item?.active ?? true} />
      <SubmitButton>{a("save")}</SubmitButton>
    </ActionForm>
  );
}
