"use client";
// The catalysts' controls on a thread: the state of the request, and blocking its sender
// (behind a disclosure that says what blocking does before the button).
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/fields";
import type { ContactStatus } from "@/lib/validation/visits";
import { blockSenderAction, setRequestStatusAction, unblockSenderAction } from "../actions";

const STATUSES: ContactStatus[] = ["NEW", "ANSWERED", "VISIT_PLANNED", "CLOSED"];

export function StatusForm({ requestId, status }: { requestId: string; status: ContactStatus }) {
  const t = useTranslations("visits");
  return (
    <ActionForm action={setRequestStatusAction} className="space-y-3" testId="status-form">
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField name="status" label={t("thread.status")} defaultValue={status} options={STATUSES.map((value) => [value, t(`status.${value}`)])} />
      <SubmitButton variant="secondary">{t("thread.statusSubmit")}</SubmitButton>
    </ActionForm>
  );
}

export function BlockForm({ requestId, requesterName, blocked }: { requestId: string; requesterName: string; blocked: boolean }) {
  const t = useTranslations("visits.thread");
  if (blocked) {
    return (
      <ActionForm action={unblockSenderAction} className="space-y-3" testId="unblock-form">
        <input type="hidden" name="requestId" value={requestId} />
        <p>{t("blocked")}</p>
        <SubmitButton variant="secondary">{t("unblock")}</SubmitButton>
      </ActionForm>
    );
  }
  return (
    <details className="rounded border border-red-200 bg-red-50 p-3">
      <summary className="cursor-pointer font-medium text-red-900">{t("blockTitle")}</summary>
      <ActionForm action={blockSenderAction} className="mt-3 space-y-3" testId="block-form">
        <input type="hidden" name="requestId" value={requestId} />
        <p>{t("blockText", { name: requesterName })}</p>
        <SubmitButton variant="secondary">{t("blockConfirm")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
