"use client";
// One form per report: a message to the catalysts, and the three decisions as buttons.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextArea } from "@/components/ui/fields";
import { decideReportAction } from "../actions";

export function ReportDecision({ reportId }: { reportId: string }) {
  const t = useTranslations("reports.admin");
  return (
    <ActionForm action={decideReportAction} className="space-y-3" testId="report-decision">
      <input type="hidden" name="reportId" value={reportId} />
      <TextArea name="message" label={t("message")} hint={t("messageHint")} rows={3} maxLength={2000} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="demander-mise-a-jour">
          {t("requestUpdate")}
        </SubmitButton>
        <SubmitButton name="decision" value="masquer" variant="secondary">
          {t("hide")}
        </SubmitButton>
        <SubmitButton name="decision" value="classer" variant="secondary">
          {t("dismiss")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
