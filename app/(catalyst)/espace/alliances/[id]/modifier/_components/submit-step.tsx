"use client";
// Last step: what is missing before review, the button that submits it, or, while it
// waits for review, the one that takes the submission back.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/fields";
import { TextField } from "@/components/ui/fields";
import { addCoEditorAction, submitAllianceAction, withdrawSubmissionAction } from "../actions";
import { ConflictPanel } from "./conflict-panel";

export function SubmitStep({
  allianceId,
  version,
  state,
  pending,
  withdrawn,
  issues,
  editors,
}: {
  allianceId: string;
  version: number;
  state: string;
  pending: boolean;
  withdrawn: boolean;
  issues: string[];
  editors: { id: string; name: string | null; isOwner: boolean }[];
}) {
  const t = useTranslations("editor.submit");
  return (
    <div className="space-y-6">
      {withdrawn && !pending && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("withdrawn")}
        </p>
      )}
      {pending ? (
        <div className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3" data-testid="pending-review">
          <p role="status" className="font-medium">
            {t("pending")}
          </p>
          <p>{t("pendingEdits")}</p>
          <ActionForm action={withdrawSubmissionAction} testId="withdraw-form">
            <input type="hidden" name="allianceId" value={allianceId} />
            <SubmitButton variant="secondary">{t("withdraw")}</SubmitButton>
          </ActionForm>
        </div>
      ) : issues.length > 0 ? (
        <div className="space-y-2" data-testid="missing">
          <p className="font-medium">{t("missing")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t("ready")}</p>
      )}
      {state === "PUBLISHED" && <p className="text-sm text-stone-700">{t("publishedNote")}</p>}
      {!pending && (
        <ActionForm action={submitAllianceAction} renderConflict={(d) => <ConflictPanel details={d} />}>
          <input type="hidden" name="allianceId" value={allianceId} />
          <input type="hidden" name="version" value={version} />
          <SubmitButton>{t("submit")}</SubmitButton>
        </ActionForm>
      )}
      <section aria-labelledby="editors">
        <h3 id="editors" className="font-semibold">
          {t("editors")}
        </h3>
        <ul className="list-disc pl-6">
          {editors.map((editor) => (
            <li key={editor.id}>{editor.name ?? t("unnamedEditor")}</li>
          ))}
        </ul>
        <ActionForm action={addCoEditorAction} className="mt-3 space-y-3" testId="co-editor-form">
          <input type="hidden" name="allianceId" value={allianceId} />
          <TextField name="email" type="email" label={t("coEditorEmail")} hint={t("coEditorHint")} autoComplete="off" />
          <SubmitButton variant="secondary">{t("coEditorSubmit")}</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
