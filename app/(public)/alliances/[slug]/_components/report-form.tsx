"use client";
// "Signaler cette alliance", folded by default so it does not compete with the content.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextArea } from "@/components/ui/fields";
import { reportAllianceAction } from "../actions";

const REASONS = ["INCORRECT", "NO_LONGER_EXISTS", "DUPLICATE", "INAPPROPRIATE"] as const;

export function ReportForm({ allianceId, measurementId }: { allianceId: string; measurementId?: string }) {
  const t = useTranslations("reports.form");
  return (
    <ActionForm action={reportAllianceAction} className="mt-3 max-w-xl space-y-3" testId="report-form">
      <input type="hidden" name="allianceId" value={allianceId} />
      {measurementId && (
        <>
          <input type="hidden" name="measurementId" value={measurementId} />
          <p className="rounded bg-amber-50 p-2">{t("aboutMeasurement")}</p>
        </>
      )}
      <div aria-hidden="true" className="hidden">
        <label htmlFor="report-website">Ne pas remplir</label>
        <input id="report-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <SelectField name="reason" label={t("reason")} empty={t("chooseReason")} options={REASONS.map((reason) => [reason, t(`reasons.${reason}`)])} />
      <TextArea name="text" label={t("text")} hint={t("textHint")} rows={3} maxLength={2000} />
      <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
