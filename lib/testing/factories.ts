// Test data made through the real database (never mocked): users and organisations.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

export async function makeUser(role: Role, label = "user") {
  const id = crypto.randomBytes(6).toString("hex");
  return db.user.create({
    data: { email: `${label}-${id}@test.essaim`, role, publicName: `${label} ${id}` },
    select: { id: true, email: true, role: true, publicName: true, name: true },
  });
}

export async function makeOrganisation(type: "COMPANY" | "ASSOCIATION" | "LOCAL_AUTHORITY" | "FOUNDATION", name?: string) {
  const label = name ?? `Organisation ${crypto.randomBytes(4).toString("hex")}`;
  return db.organisation.create({
    data: { name: label, normalizedName: label.toLowerCase(), type },
    select: { id: true, name: true, type: true },
  });
}

/**
 * An alliance whose working copy is complete enough to be submitted (two partners of
 * different types, objective, territory, domain): returns its id and draft version.
 */
export async function makeSubmittableAlliance(owner: { id: string; role: Role }, name = `Alliance ${crypto.randomBytes(4).toString("hex")}`) {
  const { createAlliance, saveDraft } = await import("@/lib/alliances/service");
  const { id } = await createAlliance(owner, name);
  const company = await makeOrganisation("COMPANY");
  const association = await makeOrganisation("ASSOCIATION");
  const { version } = await saveDraft(owner, id, 1, (draft) => ({
    ...draft,
    summary: "Des entreprises et des associations réunies pour l'emploi local.",
    objective: "Accompagner 50 personnes vers l'emploi durable d'ici fin 2027.",
    territory: { ...draft.territory, communeInsee: "86194" },
    domainCodes: ["EMPLOYMENT"],
    startDate: "2024-01-15",
    partners: [
      { organisationId: company.id, role: "PILOT" },
      { organisationId: association.id, role: "OPERATOR" },
    ],
  }));
  return { id, version };
}
