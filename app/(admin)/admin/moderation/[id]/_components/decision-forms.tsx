"use client";
// Approve or reject one precise submission (its revision id travels with the form).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextArea } from "@/components/ui/fields";
import { approveAction, rejectAction } from "../../actions";

export function DecisionForms({ allianceId, revisionId }: { allianceId: string; revisionId: string }) {
  const t = useTranslations("moderation.review");
  return (
    <div className="grid items-start gap-6 md:grid-cols-2">
      <ActionForm action={approveAction} testId="approve-form" className="space-y-3 rounded border border-green-300 bg-green-50 p-4">
        <h3 className="font-semibold">{t("approveTitle")}</h3>
        <p className="text-sm">{t("approveHint")}</p>
        <input type="hidden" name="allianceId" value={allianceId} />
        <input type="hidden" name="revisionId" value={revisionId} />
        <SubmitButton>{t("approve")}</SubmitButton>
      </ActionForm>
      <ActionForm action={rejectAction} testId="reject-form" className="space-y-3 rounded border border-red-300 bg-red-50 p-4">
        <h3 className="font-semibold">{t("rejectTitle")}</h3>
        <input type="hidden" name="allianceId" value={allianceId} />
        <input type="hidden" name="revisionId" value={revisionId} />
        <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} rows={4} maxLength={2000} />
        <SubmitButton variant="secondary">{t("reject")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
