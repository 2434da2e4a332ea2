"use client";
// The one-field form that creates a draft alliance.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { createAllianceAction } from "../actions";

export function NewAllianceForm() {
  const t = useTranslations("editor");
  return (
    <ActionForm action={createAllianceAction} className="space-y-4">
      <TextField name="name" label={t("fields.name")} maxLength={120} required />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
