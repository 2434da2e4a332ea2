// Roles and what each may do. A visitor is simply signed out.
export const ROLES = ["MEMBER", "CATALYST", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { MEMBER: 1, CATALYST: 2, ADMIN: 3 };

/** Roles are cumulative: a catalyst can do what a member can, an admin what a catalyst can. */
export function hasRole(role: Role | null | undefined, minimum: Role): boolean {
  return role ? RANK[role] >= RANK[minimum] : false;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
