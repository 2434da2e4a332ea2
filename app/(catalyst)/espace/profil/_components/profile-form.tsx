"use client";
// The catalyst's public profile form.
import { useTranslations } from "next-intl";
import { ActionForm, useFieldError } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton, TextArea, TextField } from "@/components/ui/fields";
import { CommuneCombobox, type CommuneOption } from "@/components/geo/commune-combobox";
import { saveProfileAction } from "../actions";

type Profile = { publicName: string | null; bio: string | null; expertiseDomains: string[]; profilePublic: boolean };

export function ProfileForm({ profile, commune, domains }: { profile: Profile; commune: CommuneOption | null; domains: { code: string; label: string }[] }) {
  const t = useTranslations("profile.form");
  return (
    <ActionForm action={saveProfileAction} className="max-w-3xl space-y-5" testId="profile-form">
      <TextField name="publicName" label={t("publicName")} hint={t("publicNameHint")} defaultValue={profile.publicName ?? ""} maxLength={80} />
      <TextArea name="bio" label={t("bio")} hint={t("bioHint")} defaultValue={profile.bio ?? ""} maxLength={1000} />
      <CommuneField initial={commune} label={t("commune")} hint={t("communeHint")} noResults={t("noCommune")} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("expertise")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {domains.map((domain) => (
            <CheckboxField key={domain.code} name="expertiseDomains" value={domain.code} label={domain.label} defaultChecked={profile.expertiseDomains.includes(domain.code)} />
          ))}
        </div>
        <DomainsError />
      </fieldset>
      <CheckboxField name="profilePublic" value="1" label={t("public")} hint={t("publicHint")} defaultChecked={profile.profilePublic} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}

function CommuneField({ initial, label, hint, noResults }: { initial: CommuneOption | null; label: string; hint: string; noResults: string }) {
  const error = useFieldError("communeInsee");
  return <CommuneCombobox name="communeInsee" label={label} hint={hint} noResults={noResults} initial={initial} error={error} />;
}

function DomainsError() {
  const error = useFieldError("expertiseDomains");
  return error ? <p className="text-sm font-medium text-red-800">{error}</p> : null;
}
