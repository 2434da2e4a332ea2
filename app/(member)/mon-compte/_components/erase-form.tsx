"use client";
// Account erasure: the e-mail address typed again confirms it.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { eraseOwnAccountAction } from "../actions";

export function EraseForm() {
  const t = useTranslations("privacy");
  return (
    <ActionForm action={eraseOwnAccountAction} className="space-y-4" testId="erase-form">
      <TextField name="confirmation" label={t("confirmLabel")} type="email" autoComplete="off" required />
      <SubmitButton>{t("eraseSubmit")}</SubmitButton>
    </ActionForm>
  );
}
