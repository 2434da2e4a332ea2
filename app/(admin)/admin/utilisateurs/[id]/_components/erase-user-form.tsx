"use client";
// Erasing an account on a written request: its reference, and a box to tick.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton, TextField } from "@/components/ui/fields";
import { adminEraseAccountAction } from "../actions";

export function EraseUserForm({ userId }: { userId: string }) {
  const t = useTranslations("privacy.admin");
  return (
    <ActionForm action={adminEraseAccountAction} className="space-y-4" testId="admin-erase-form">
      <input type="hidden" name="userId" value={userId} />
      <TextField name="reference" label={t("referenceLabel")} hint={t("referenceHint")} required maxLength={200} />
      <CheckboxField name="confirm" label={t("confirmLabel")} />
      <SubmitButton>{t("eraseSubmit")}</SubmitButton>
    </ActionForm>
  );
}
