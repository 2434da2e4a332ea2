"use client";
// The scaling step: the alliance's plans, and one plan's form at a time (kind, targets,
// status, milestones, funding, resources and obstacles). Saved as a draft like any step.
import { useState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/fields";
import { CommuneCombobox, describeCommune, type CommuneOption } from "@/components/geo/commune-combobox";
import { FUNDING_MECHANISMS, SCALING_KINDS, SCALING_STATUSES, type AllianceDraft } from "@/lib/validation/alliance";
import { ConflictPanel } from "./conflict-panel";
import { saveAllianceStepAction } from "../actions";

type Plan = AllianceDraft["scalingPlans"][number];
type Options = { domains: { code: string; label: string }[]; departements: [string, string][]; regions: [string, string][] };

export function ScalingStep({ allianceId, version, plans, editing, planIndex, communes, options }: { allianceId: string; version: number; plans: Plan[]; editing: Plan | "new" | null; planIndex: number; communes: CommuneOption[]; options: Options }) {
  const t = useTranslations("scaling");
  const tEnums = useTranslations("enums");
  const base = `/espace/alliances/${allianceId}/modifier?etape=essaimage`;
  return (
    <div className="space-y-6">
      <p className="max-w-3xl">{t("lead")}</p>
      {plans.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2" data-testid="plan-list">
          {plans.map((plan) => (
            <li key={plan.key} className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 bg-white p-3">
              <span>
                <span className="font-medium">{plan.title}</span> — {tEnums(`scalingKind.${plan.kind}`)} · {t(`statuses.${plan.status}`)} · {t("milestoneCount", { count: plan.milestones.length })}
              </span>
              <span className="flex gap-3">
                <Link href={`${base}&plan=${plan.key}`} className="underline underline-offset-4">
                  {t("edit", { title: plan.title })}
                </Link>
                <ActionForm action={saveAllianceStepAction} renderConflict={(details) => <ConflictPanel details={details} />}>
                  <input type="hidden" name="allianceId" value={allianceId} />
                  <input type="hidden" name="version" value={version} />
                  <input type="hidden" name="step" value="essaimage" />
                  <input type="hidden" name="plan.key" value={plan.key} />
                  <SubmitButton name="intent" value="remove-plan" variant="secondary">
                    {t("remove", { title: plan.title })}
                  </SubmitButton>
                </ActionForm>
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <PlanForm allianceId={allianceId} version={version} plan={editing === "new" ? null : editing} planIndex={planIndex} communes={communes} options={options} />
      ) : (
        <Link href={`${base}&plan=nouveau`} className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white">
          {t("add")}
        </Link>
      )}
    </div>
  );
}

function PlanForm({ allianceId, version, plan, planIndex, communes, options }: { allianceId: string; version: number; plan: Plan | null; planIndex: number; communes: CommuneOption[]; options: Options }) {
  const t = useTranslations("scaling");
  const tEnums = useTranslations("enums");
  const [milestoneRows, setMilestoneRows] = useState(Math.max(1, (plan?.milestones.length ?? 0) + 1));
  const [fundingRows, setFundingRows] = useState(Math.max(1, (plan?.funding.length ?? 0) + 1));
  const [targets, setTargets] = useState<CommuneOption[]>(communes);
  const [candidate, setCandidate] = useState<CommuneOption | null>(null);
  const err = (path: string) => `scalingPlans.${planIndex}.${path}`;
  const codes = (level: string) => plan?.targets.filter((target) => target.level === level).map((target) => target.code) ?? [];
  return (
    <ActionForm action={saveAllianceStepAction} className="space-y-5 rounded border border-stone-300 bg-white p-4" renderConflict={(details) => <ConflictPanel details={details} />} testId="plan-form">
      <h3 className="text-lg font-semibold">{plan ? t("editTitle", { title: plan.title }) : t("newTitle")}</h3>
      <input type="hidden" name="allianceId" value={allianceId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value="essaimage" />
      <input type="hidden" name="plan.key" value={plan?.key ?? ""} />
      <SelectField name="plan.kind" errorName={err("kind")} label={t("kind")} defaultValue={plan?.kind ?? ""} empty={t("choose")} options={SCALING_KINDS.map((k) => [k, tEnums(`scalingKind.${k}`)])} />
      <TextField name="plan.title" errorName={err("title")} label={t("title")} defaultValue={plan?.title ?? ""} maxLength={200} />
      <TextArea name="plan.description" errorName={err("description")} label={t("description")} defaultValue={plan?.description ?? ""} maxLength={4000} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="plan.status" errorName={err("status")} label={t("status")} defaultValue={plan?.status ?? "CONSIDERED"} options={SCALING_STATUSES.map((s) => [s, t(`statuses.${s}`)])} />
        <TextField name="plan.startDate" errorName={err("startDate")} type="date" label={t("startDate")} defaultValue={plan?.startDate ?? ""} />
      </div>
      <fieldset className="space-y-3 rounded border border-stone-200 p-3">
        <legend className="font-medium">{t("targets")}</legend>
        <p className="text-sm text-stone-700">{t("targetsHint")}</p>
        <ul className="flex flex-wrap gap-2">
          {targets.map((item) => (
            <li key={item.insee} className="flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm">
              <input type="hidden" name="plan.communes" value={item.insee} />
              {describeCommune(item)}
              <button type="button" className="ml-1 rounded px-1 underline" onClick={() => setTargets(targets.filter((c) => c.insee !== item.insee))}>
                {t("removeCommune", { name: item.name })}
              </button>
            </li>
          ))}
        </ul>
        <CommuneCombobox name="_target" label={t("addCommune")} hint={t("communeHint")} noResults={t("noCommune")} initial={null} onSelect={setCandidate} />
        <button type="button" className="rounded border border-brand-700 px-3 py-1 text-brand-800" disabled={!candidate} onClick={() => candidate && !targets.some((c) => c.insee === candidate.insee) && setTargets([...targets, candidate])}>
          {t("addCommune")}
        </button>
        <SelectField name="plan.departements" label={t("departements")} hint={t("multiHint")} defaultValue={codes("DEPARTEMENT")} options={options.departements} multiple size={6} />
        <SelectField name="plan.regions" label={t("regions")} hint={t("multiHint")} defaultValue={codes("REGION")} options={options.regions} multiple size={5} />
        <fieldset>
          <legend className="text-sm font-medium">{t("domains")}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {options.domains.map((domain) => (
              <CheckboxField key={domain.code} name="plan.domains" value={domain.code} label={domain.label} defaultChecked={codes("DOMAIN").includes(domain.code)} />
            ))}
          </div>
        </fieldset>
      </fieldset>
      <fieldset className="space-y-3 rounded border border-stone-200 p-3">
        <legend className="font-medium">{t("milestones")}</legend>
        <input type="hidden" name="milestoneRows" value={milestoneRows} />
        {Array.from({ length: milestoneRows }, (_, i) => {
          const milestone = plan?.milestones[i];
          return (
            <div key={i} className="grid items-end gap-3 sm:grid-cols-[1fr_12rem_auto]" data-testid="milestone-row">
              <input type="hidden" name={`milestones.${i}.key`} value={milestone?.key ?? ""} />
              <TextField name={`milestones.${i}.title`} errorName={err(`milestones.${i}.title`)} label={t("milestoneTitle", { n: i + 1 })} defaultValue={milestone?.title ?? ""} maxLength={200} />
              <TextField name={`milestones.${i}.dueDate`} errorName={err(`milestones.${i}.dueDate`)} type="date" label={t("milestoneDate", { n: i + 1 })} defaultValue={milestone?.dueDate ?? ""} />
              <CheckboxField name={`milestones.${i}.done`} label={t("milestoneDone", { n: i + 1 })} defaultChecked={milestone?.done ?? false} />
            </div>
          );
        })}
        <button type="button" className="rounded border border-brand-700 px-3 py-1 text-brand-800" onClick={() => setMilestoneRows(milestoneRows + 1)}>
          {t("addMilestone")}
        </button>
      </fieldset>
      <fieldset className="space-y-3 rounded border border-stone-200 p-3">
        <legend className="font-medium">{t("funding")}</legend>
        <input type="hidden" name="planFundingRows" value={fundingRows} />
        {Array.from({ length: fundingRows }, (_, i) => {
          const row = plan?.funding[i];
          return (
            <div key={i} className="grid items-end gap-3 sm:grid-cols-4">
              <SelectField name={`planFunding.${i}.mechanism`} label={t("mechanism", { n: i + 1 })} defaultValue={row?.mechanism ?? ""} empty={t("none")} options={FUNDING_MECHANISMS.map((m) => [m, t(`mechanisms.${m}`)])} />
              <TextField name={`planFunding.${i}.amountSought`} errorName={err(`funding.${i}.amountSought`)} label={t("sought")} defaultValue={row?.amountSought?.toString() ?? ""} />
              <TextField name={`planFunding.${i}.amountObtained`} errorName={err(`funding.${i}.amountObtained`)} label={t("obtained")} defaultValue={row?.amountObtained?.toString() ?? ""} />
              <TextField name={`planFunding.${i}.note`} label={t("note")} defaultValue={row?.note ?? ""} maxLength={500} />
            </div>
          );
        })}
        <button type="button" className="rounded border border-brand-700 px-3 py-1 text-brand-800" onClick={() => setFundingRows(fundingRows + 1)}>
          {t("addFunding")}
        </button>
      </fieldset>
      <TextArea name="plan.neededResources" errorName={err("neededResources")} label={t("neededResources")} defaultValue={plan?.neededResources ?? ""} maxLength={2000} />
      <TextArea name="plan.obstacles" errorName={err("obstacles")} label={t("obstacles")} defaultValue={plan?.obstacles ?? ""} maxLength={2000} />
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-4">
        <SubmitButton name="intent" value="save-plan">
          {t("save")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
