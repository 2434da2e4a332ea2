// A commune as the autocomplete shows it (names of its département and région included).
import { getCommune, getDepartement, getRegion, type Commune } from "@/lib/geo/communes";

export type CommuneOption = {
  insee: string;
  name: string;
  postcodes: string[];
  departement: string;
  departementName: string;
  regionName: string;
  lat: number;
  lng: number;
};

export function toCommuneOption(commune: Commune): CommuneOption {
  return {
    insee: commune.insee,
    name: commune.name,
    postcodes: commune.postcodes,
    departement: commune.departement,
    departementName: getDepartement(commune.departement)?.name ?? "",
    regionName: getRegion(commune.region)?.name ?? "",
    lat: commune.lat,
    lng: commune.lng,
  };
}

export function communeOption(insee: string): CommuneOption | null {
  const commune = getCommune(insee);
  return commune ? toCommuneOption(commune) : null;
}
