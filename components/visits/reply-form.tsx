"use client";
// Answering in a thread, with the choice to show one's e-mail address with this message.
import { useTranslations } from "next-intl";
import { ActionForm, type FormResult } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton, TextArea } from "@/components/ui/fields";

export function ReplyForm({ requestId, action, maxLength }: { requestId: string; action: (previous: FormResult, formData: FormData) => Promise<FormResult>; maxLength: number }) {
  const t = useTranslations("visits.thread");
  return (
    <ActionForm action={action} className="max-w-3xl space-y-3" testId="reply-form">
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea name="body" label={t("reply")} hint={t("replyHint")} rows={5} maxLength={maxLength} />
      <CheckboxField name="sharesEmail" value="1" label={t("shareEmail")} hint={t("shareEmailHint")} />
      <SubmitButton>{t("send")}</SubmitButton>
    </ActionForm>
  );
}
