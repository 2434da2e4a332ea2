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

type Client = Prisma.TransactionClient;

/**
 * The organisation with that name in that commune, created if it does not exist yet. Pass the
 * caller's transaction so that the organisation exists only if what uses it is saved too.
 */
export async function findOrCreateOrganisation(input: unknown, createdById: string, client?: Client): Promise<{ id: string; type: string; created: boolean }> {
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
  if (!client) return db.$transaction((tx) => findOrCreateOrganisation(data, createdById, tx));
  const normalizedName = normalizeOrganisationName(data.name);
  const communeInsee = data.communeInsee || null;
  const sameName = { normalizedName, communeInsee };
  // Two people creating the same organisation at once queue here, until the first one's
  // transaction ends: the unique index cannot tell two "no commune" rows apart (NULL).
  await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`organisation:${normalizedName}:${communeInsee ?? ""}`}))`;
  const existing = await client.organisation.findFirst({ where: sameName, select: { id: true, type: true } });
  if (existing) return { ...existing, created: false };
  if (data.siren) {
    const bySiren = await client.organisation.findUnique({ where: { siren: data.siren }, select: { id: true, type: true } });
    if (bySiren) return { ...bySiren, created: false };
  }
  // ON CONFLICT DO NOTHING: a SIREN taken meanwhile never aborts the caller's transaction.
  const { count } = await client.organisation.createMany({
    data: [{ name: data.name, normalizedName, type: data.type, communeInsee, siren: data.siren || null, createdById }],
    skipDuplicates: true,
  });
  const row = await client.organisation.findFirst({
    where: { OR: [sameName, ...(data.siren ? [{ siren: data.siren }] : [])] },
    orderBy: { createdAt: "asc" },
    select: { id: true, type: true },
  });
  if (!row) throw new AppError("CONFLICT", "Cette organisation vient d'être modifiée par quelqu'un d'autre : réessayez.");
  return { ...row, created: count === 1 };
}

/** The organisation picked in the autocomplete must exist (the id comes from the browser). */
export async function assertOrganisationExists(id: string, client: Client = db): Promise<void> {
  const found = await client.organisation.count({ where: { id } });
  if (!found) throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors: { organisationId: ["Cette organisation n'existe pas : choisissez-la dans la liste."] } });
}
