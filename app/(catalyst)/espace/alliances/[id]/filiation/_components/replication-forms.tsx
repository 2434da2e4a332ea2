"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextArea } from "@/components/ui/fields";
import { answerReplicationAction, declareReplicationAction } from "../actions";

export function DeclareForm({ allianceId, candidates }: { allianceId: string; candidates: { id: string; name: string; communeName: string | null }[] }) {
  const t = useTranslations("replications");
  return (
    <ActionForm action={declareReplicationAction} className="space-y-3" testId="declare-form">
      <input type="hidden" name="allianceId" value={allianceId} />
      <fieldset>
        <legend className="font-medium">{t("pickOrigin")}</legend>
        <ul className="mt-2 space-y-1">
          {candidates.map((candidate, index) => (
            <li key={candidate.id}>
              <label className="flex items-center gap-2">
                <input type="radio" name="originId" value={candidate.id} defaultChecked={index === 0} className="h-4 w-4" />
                {candidate.name}
                {candidate.communeName ? ` (${candidate.communeName})` : ""}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextArea name="note" label={t("note")} hint={t("noteHint")} rows={3} maxLength={1000} />
      <SubmitButton>{t("declare")}</SubmitButton>
    </ActionForm>
  );
}

export function AnswerForm({ allianceId, replicationId }: { allianceId: string; replicationId: string }) {
  const t = useTranslations("replications");
  return (
    <ActionForm action={answerReplicationAction} className="flex flex-wrap gap-2" testId="answer-form">
      <input type="hidden" name="allianceId" value={allianceId} />
      <input type="hidden" name="replicationId" value={replicationId} />
      <SubmitButton name="answer" value="confirmer">
        {t("confirm")}
      </SubmitButton>
      <SubmitButton name="answer" value="decliner" variant="secondary">
        {t("decline")}
      </SubmitButton>
    </ActionForm>
  );
}
