"use client";
// "Demander à visiter": who I am, my territory, what I want to see, when I am available.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextArea, TextField } from "@/components/ui/fields";
import type { VISIT_LIMITS } from "@/lib/validation/visits";
import { requestVisitAction } from "../actions";

/** `limits` come from the server page, so that zod and the messages stay out of this bundle. */
export function VisitForm({ allianceId, limits }: { allianceId: string; limits: typeof VISIT_LIMITS }) {
  const t = useTranslations("visits.form");
  return (
    <ActionForm action={requestVisitAction} className="max-w-3xl space-y-4" testId="visit-form">
      <input type="hidden" name="allianceId" value={allianceId} />
      <div aria-hidden="true" className="hidden">
        <label htmlFor="visit-website">{t("honeypot")}</label>
        <input id="visit-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <TextArea name="whoAmI" label={t("whoAmI")} hint={t("whoAmIHint")} rows={3} maxLength={limits.whoAmI} />
      <TextField name="territory" label={t("territory")} hint={t("territoryHint")} maxLength={limits.territory} />
      <TextArea name="wishes" label={t("wishes")} hint={t("wishesHint")} rows={5} maxLength={limits.wishes} />
      <TextField name="availability" label={t("availability")} hint={t("availabilityHint")} maxLength={limits.availability} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
