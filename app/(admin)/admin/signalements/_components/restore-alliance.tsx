"use client";
// Puts a hidden alliance back in the register, with an optional word to its catalysts.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextArea } from "@/components/ui/fields";
import { restoreAllianceAction } from "../actions";

export function RestoreAlliance({ allianceId }: { allianceId: string }) {
  const t = useTranslations("reports.admin.hidden");
  return (
    <ActionForm action={restoreAllianceAction} className="space-y-3" testId="restore-alliance">
      <input type="hidden" name="allianceId" value={allianceId} />
      <TextArea name="message" label={t("message")} hint={t("messageHint")} rows={2} maxLength={2000} />
      <SubmitButton variant="secondary">{t("restore")}</SubmitButton>
    </ActionForm>
  );
}
