// Who sees a field group (funding amounts, contact details) of an alliance.
import { hasRole, type Role } from "@/lib/auth/roles";

export type Viewer = { id: string; role: Role } | null;
export type Visibility = "PUBLIC" | "NETWORK" | "PRIVATE";

/** PUBLIC: everyone; NETWORK: signed-in members; PRIVATE: the alliance's editors and admins. */
export function canSee(visibility: Visibility, viewer: Viewer, isEditor: boolean): boolean {
  if (visibility === "PUBLIC") return true;
  if (visibility === "NETWORK") return viewer !== null;
  return isEditor || hasRole(viewer?.role, "ADMIN");
}
