"use client";
// Lifts a block from the inbox's list of blocked senders.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/fields";
import { unblockUserAction } from "../[id]/actions";

export function UnblockUser({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("visits.inbox.blocked");
  return (
    <ActionForm action={unblockUserAction} testId="unblock-user">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary">{t("unblock", { name })}</SubmitButton>
    </ActionForm>
  );
}
