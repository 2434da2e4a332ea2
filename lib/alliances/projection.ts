// Turns an approved draft into the published columns of Alliance (pure: used by the
// approval service and by the bulk seed generator, so both publish the same way).
import type { AllianceDraft } from "@/lib/validation/alliance";
import { getCommune } from "@/lib/geo/communes";

export type PublishedColumns = {
  name: string;
  summary: string;
  description: string;
  objective: string;
  stage: AllianceDraft["stage"];
  startDate: Date | null;
  endDate: Date | null;
  legalStructure: AllianceDraft["legalStructure"];
  legalStructureDetail: string | null;
  funding: AllianceDraft["funding"];
  fundingVisibility: AllianceDraft["fundingVisibility"];
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactVisibility: AllianceDraft["contact"]["visibility"];
  welcomesVisits: boolean;
  website: string | null;
  communeInsee: string | null;
  communeName: string | null;
  postcode: string | null;
  departement: string | null;
  region: string | null;
  epci: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  scale: AllianceDraft["territory"]["scale"];
  coveredCommunes: string[];
  coveredDepartements: string[];
  coveredRegions: string[];
  domainCodes: string[];
  partnerTypes: string[];
  scalingKinds: string[];
  searchText: string;
};

const toDate = (iso: string | null) => (iso ? new Date(iso + "T00:00:00Z") : null);
const orNull = (value: string) => (value.trim() ? value.trim() : null);

export type PartnerInfo = { name: string; type: string };

/**
 * @param partners organisationId → name and type of each partner named in the draft.
 * @param domainLabels domain code → label, for full-text search on domain names.
 */
export function publishedColumns(
  draft: AllianceDraft,
  partners: Map<string, PartnerInfo>,
  domainLabels: Map<string, string>,
): PublishedColumns {
  const commune = draft.territory.communeInsee ? getCommune(draft.territory.communeInsee) : null;
  const partnerInfos = draft.partners.map((p) => partners.get(p.organisationId)).filter((p): p is PartnerInfo => !!p);
  const partnerTypes = [...new Set(partnerInfos.map((p) => p.type))].sort();
  const scalingKinds = [...new Set(draft.scalingPlans.filter((p) => p.status !== "ABANDONED").map((p) => p.kind))].sort();
  const searchText = [
    ...partnerInfos.map((p) => p.name),
    commune?.name ?? "",
    ...draft.domainCodes.map((code) => domainLabels.get(code) ?? ""),
    draft.legalStructureDetail,
    ...draft.scalingPlans.map((p) => p.title),
  ]
    .filter(Boolean)
    .join(" · ");
  return {
    name: draft.name,
    summary: draft.summary,
    description: draft.description,
    objective: draft.objective,
    stage: draft.stage,
    startDate: toDate(draft.startDate),
    endDate: toDate(draft.endDate),
    legalStructure: draft.legalStructure,
    legalStructureDetail: orNull(draft.legalStructureDetail),
    funding: draft.funding,
    fundingVisibility: draft.fundingVisibility,
    contactName: orNull(draft.contact.name),
    contactEmail: orNull(draft.contact.email),
    contactPhone: orNull(draft.contact.phone),
    contactVisibility: draft.contact.visibility,
    welcomesVisits: draft.welcomesVisits,
    website: orNull(draft.website),
    communeInsee: commune?.insee ?? null,
    communeName: commune?.name ?? null,
    postcode: commune?.postcodes[0] ?? null,
    departement: commune?.departement ?? null,
    region: commune?.region ?? null,
    epci: orNull(draft.territory.epci) ?? commune?.epci ?? null,
    address: orNull(draft.territory.address),
    lat: draft.territory.lat ?? commune?.lat ?? null,
    lng: draft.territory.lng ?? commune?.lng ?? null,
    scale: draft.territory.scale,
    coveredCommunes: draft.territory.coveredCommunes,
    coveredDepartements: draft.territory.coveredDepartements,
    coveredRegions: draft.territory.coveredRegions,
    domainCodes: [...draft.domainCodes],
    partnerTypes,
    scalingKinds,
    searchText,
  };
}
