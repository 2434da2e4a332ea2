"use client";
// Partners of the alliance: the current list (remove), and adding one — found among the
// network's organisations or described as a new one.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, useFieldError } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/fields";
import { CommuneCombobox } from "@/components/geo/commune-combobox";
import { OrganisationCombobox, type OrganisationOption } from "@/components/organisations/organisation-combobox";
import { PARTNER_ROLES, PARTNER_TYPES } from "@/lib/validation/alliance";
import { addPartnerAction, removePartnerAction } from "../actions";
import { ConflictPanel } from "./conflict-panel";

type Partner = { organisationId: string; role: string; description: string; organisation: { id: string; name: string; type: string } | null };

export function PartnersStep({ allianceId, version, partners }: { allianceId: string; version: number; partners: Partner[] }) {
  const t = useTranslations();
  const p = (key: string) => t(`editor.partners.${key}`);
  return (
    <div className="space-y-8">
      <section aria-labelledby="current-partners" className="space-y-3">
        <h3 id="current-partners" className="font-semibold">
          {p("current")}
        </h3>
        {partners.length === 0 ? (
          <p>{p("none")}</p>
        ) : (
          <ul className="space-y-2" data-testid="partner-list">
            {partners.map((partner) => (
              <li key={partner.organisationId} className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 bg-white p-3">
                <span>
                  <span className="font-medium">{partner.organisation?.name ?? "?"}</span>{" "}
                  <span className="text-sm text-stone-700">
                    {partner.organisation ? t(`enums.partnerType.${partner.organisation.type}`) : ""} · {t(`enums.partnerRole.${partner.role}`)}
                  </span>
                </span>
                <ActionForm action={removePartnerAction} renderConflict={(d) => <ConflictPanel details={d} />}>
                  <input type="hidden" name="allianceId" value={allianceId} />
                  <input type="hidden" name="version" value={version} />
                  <input type="hidden" name="organisationId" value={partner.organisationId} />
                  <SubmitButton variant="secondary">
                    {p("remove")} <span className="sr-only">{partner.organisation?.name}</span>
                  </SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AddPartner allianceId={allianceId} version={version} />
    </div>
  );
}

function AddPartner({ allianceId, version }: { allianceId: string; version: number }) {
  const t = useTranslations();
  const p = (key: string) => t(`editor.partners.${key}`);
  const [chosen, setChosen] = useState<OrganisationOption | null>(null);
  return (
    <section aria-labelledby="add-partner" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="add-partner" className="font-semibold">
        {p("add")}
      </h3>
      <ActionForm action={addPartnerAction} className="space-y-4" renderConflict={(d) => <ConflictPanel details={d} />} testId="add-partner-form">
        <input type="hidden" name="allianceId" value={allianceId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="organisationId" value={chosen?.id ?? ""} />
        <OrganisationCombobox label={p("search")} hint={p("searchHint")} noResults={p("noResult")} typeLabel={(type) => t(`enums.partnerType.${type}`)} onSelect={setChosen} />
        {chosen ? (
          <p className="flex flex-wrap items-center gap-2" role="status">
            {t("editor.partners.selected", { name: chosen.name })}
            <button type="button" className="underline" onClick={() => setChosen(null)}>
              {p("clear")}
            </button>
          </p>
        ) : (
          <fieldset className="space-y-3 rounded border border-dashed border-stone-300 p-3">
            <legend className="px-1 font-medium">{p("orCreate")}</legend>
            <TextField name="organisation.name" label={p("orgName")} maxLength={200} />
            <SelectField name="organisation.type" label={p("orgType")} empty="—" options={PARTNER_TYPES.map((type) => [type, t(`enums.partnerType.${type}`)])} />
            <OrganisationCommune label={p("orgCommune")} />
            <TextField name="organisation.siren" label={p("orgSiren")} hint={p("orgSirenHint")} maxLength={11} />
          </fieldset>
        )}
        <SelectField name="role" label={p("role")} empty="—" options={PARTNER_ROLES.map((role) => [role, t(`enums.partnerRole.${role}`)])} />
        <TextField name="description" label={p("description")} maxLength={500} />
        <SubmitButton>{p("addSubmit")}</SubmitButton>
      </ActionForm>
    </section>
  );
}

function OrganisationCommune({ label }: { label: string }) {
  const t = useTranslations("editor.fields");
  const error = useFieldError("organisation.communeInsee");
  return <CommuneCombobox name="organisation.communeInsee" label={label} hint={t("communeHint")} noResults={t("noCommune")} initial={null} error={error} />;
}
