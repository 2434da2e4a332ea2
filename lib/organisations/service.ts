// Shared organisations: found by name while typing, created once per (name, commune).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getCommune } from "@/lib/geo/communes";
import { normalizeOrganisationName, newOrganisationSchema } from "@/lib/validation/organisation";

export type OrganisationOption = { id: string; name: string; type: string; communeName: string | null };

export async function searchOrganisations(query: string, limit = 8): Promise<OrganisationOption[]> {
  const normalized = normalizeOrganisationName(query);
  if (normalized.length < 2) return [];
  const rows = await db.$queryRaw<{ id: string; name: string; type: string; communeInsee: string | null }[]>`
    SELECT id, name, type::text AS type, "communeInsee"
    FROM "Organisation"
    WHERE "normalizedName" LIKE ${normalized + "%"} OR "normalizedName" % ${normalized}
    ORDER BY ("normalizedName" LIKE ${normalized + "%"}) DESC, similarity("normalizedName", ${normalized}) DESC, name
    LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, name: row.name, type: row.type, communeName: row.communeInsee ? (getCommune(row.communeInsee)?.name ?? null) : null }));
}

/** The organisation with that name in that commune, created if it does not exist yet. */
export async function findOrCreateOrganisation(input: unknown, createdById: string): Promise<{ id: string; type: string; created: boolean }> {
  const parsed = newOrganisationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[`organisation.${issue.path.join(".")}`] ??= []).push(issue.message);
    throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors });
  }
  const data = parsed.data;
  if (data.communeInsee && !getCommune(data.communeInsee)) {
    throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors: { "organisation.communeInsee": ["Commune inconnue : choisissez-la dans la liste."] } });
  }
  const normalizedName = normalizeOrganisationName(data.name);
  const communeInsee = data.communeInsee || null;
  const existing = await db.organisation.findFirst({ where: { normalizedName, communeInsee }, select: { id: true, type: true } });
  if (existing) return { ...existing, created: false };
  if (data.siren) {
    const bySiren = await db.organisation.findUnique({ where: { siren: data.siren }, select: { id: true, type: true } });
    if (bySiren) return { ...bySiren, created: false };
  }
  try {
    const created = await db.organisation.create({
      data: { name: data.name, normalizedName, type: data.type, communeInsee, siren: data.siren || null, createdById },
      select: { id: true, type: true },
    });
    return { ...created, created: true };
  } catch (error) {
    // Two editors creating the same organisation at once: the second one finds the first's.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await db.organisation.findFirst({ where: { OR: [{ normalizedName, communeInsee }, ...(data.siren ? [{ siren: data.siren }] : [])] }, select: { id: true, type: true } });
      if (again) return { ...again, created: false };
    }
    throw error;
  }
}

/** The organisation picked in the autocomplete must exist (the id comes from the browser). */
export async function assertOrganisationExists(id: string): Promise<void> {
  const found = await db.organisation.count({ where: { id } });
  if (!found) throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors: { organisationId: ["Cette organisation n'existe pas : choisissez-la dans la liste."] } });
}
