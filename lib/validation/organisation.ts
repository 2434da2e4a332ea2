// A partner organisation as typed in the editor: name, type, commune, optional SIREN.
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { PARTNER_TYPES, PARTNER_ROLES, plainText } from "@/lib/validation/alliance";

/** SIREN: 9 digits with a valid Luhn checksum (La Poste's SIREN 356000000 is the known exception). */
export function isValidSiren(siren: string): boolean {
  if (!/^\d{9}$/.test(siren)) return false;
  if (siren === "356000000") return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function normalizeOrganisationName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export const newOrganisationSchema = z.object({
  name: plainText(200).min(2, { message: "Indiquez le nom de l'organisation." }),
  type: z.enum(PARTNER_TYPES, { message: "Choisissez le type d'organisation." }),
  communeInsee: z.union([z.literal(""), z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { message: "Commune inconnue : choisissez-la dans la liste." })]).default(""),
  siren: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => value === "" || isValidSiren(value), { message: "Ce numéro SIREN n'est pas valide (9 chiffres, clé de contrôle)." })
    .default(""),
});

export const addPartnerSchema = z.object({
  organisationId: z.string().max(40).default(""),
  role: z.enum(PARTNER_ROLES, { message: "Choisissez le rôle du partenaire dans l'alliance." }),
  description: plainText(500).default(""),
});

/** The editor's organisation autocomplete (`/api/organisations?q=`). */
export const organisationSearchSchema = z.object({
  q: z.preprocess((value) => (Array.isArray(value) ? value[0] : (value ?? "")), z.string().max(100, { message: "errors.http.searchTooLong" })),
});
