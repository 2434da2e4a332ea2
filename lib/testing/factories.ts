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
