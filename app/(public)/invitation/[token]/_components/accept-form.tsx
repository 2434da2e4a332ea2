"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/fields";
import { acceptInvitationAction } from "../actions";

export function AcceptForm({ token }: { token: string }) {
  const t = useTranslations("invitation");
  return (
    <ActionForm action={acceptInvitationAction} testId="accept-invitation">
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("accept")}</SubmitButton>
    </ActionForm>
  );
}
