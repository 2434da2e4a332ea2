// The directory's filters (domain, stage, partner type, scaling, région, département,
// visits; optionally the sort), shared by the directory and the network impact view.
import { getTranslations } from "next-intl/server";
import { ALLIANCE_STAGES, PARTNER_TYPES, SCALING_KINDS } from "@/lib/validation/alliance";
import { DIRECTORY_SORTS, type DirectoryQuery } from "@/lib/validation/directory";
import { listDepartements, listRegions } from "@/lib/geo/communes";
import type { DomainOption } from "@/lib/alliances/directory";

export async function DirectoryFilters({ query, domains, withSort = false }: { query: DirectoryQuery; domains: DomainOption[]; withSort?: boolean }) {
  const t = await getTranslations();
  const regions = listRegions();
  const departements = listDepartements().filter((d) => !query.region || d.region === query.region);
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="mb-2 font-medium">{t("directory.filters")}</legend>
      <Select name="domaine" label={t("directory.domain")} value={query.domaine} any={t("directory.any")} options={domains.map((d) => [d.code, d.label])} />
      <Select name="stade" label={t("directory.stage")} value={query.stade} any={t("directory.any")} options={ALLIANCE_STAGES.map((s) => [s, t(`enums.stage.${s}`)])} />
      <Select name="partenaire" label={t("directory.partnerType")} value={query.partenaire} any={t("directory.any")} options={PARTNER_TYPES.map((p) => [p, t(`enums.partnerType.${p}`)])} />
      <Select name="essaimage" label={t("directory.scaling")} value={query.essaimage} any={t("directory.any")} options={SCALING_KINDS.map((k) => [k, t(`enums.scalingKind.${k}`)])} />
      <Select name="region" label={t("directory.region")} value={query.region} any={t("directory.any")} options={regions.map((r) => [r.code, r.name])} />
      <Select name="departement" label={t("directory.departement")} value={query.departement} any={t("directory.any")} options={departements.map((d) => [d.code, `${d.code} — ${d.name}`])} />
      {withSort && <Select name="tri" label={t("directory.sort")} value={query.tri} any={null} options={DIRECTORY_SORTS.map((s) => [s, t(`directory.sorts.${s}`)])} />}
      <div className="flex items-end gap-2 pb-2">
        <input id="visites" name="visites" type="checkbox" value="1" defaultChecked={query.visites === "1"} className="h-5 w-5" />
        <label htmlFor="visites">{t("directory.visits")}</label>
      </div>
    </fieldset>
  );
}

function Select({ name, label, value, any, options }: { name: string; label: string; value?: string; any: string | null; options: [string, string][] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className="w-full rounded border border-stone-400 bg-white px-2 py-2">
        {any !== null && <option value="">{any}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
