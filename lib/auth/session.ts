// Who is asking: the current user (or null) and guards for pages, actions and routes.
import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { AppError } from "@/lib/errors";
import { hasRole, isRole, type Role } from "@/lib/auth/roles";
import { assertRole } from "@/lib/auth/authz";

export type CurrentUser = { id: string; email: string; name: string | null; publicName: string | null; role: Role };

/**
 * The signed-in, non-suspended user. Database sessions re-read the user row on every
 * request (one query joining session and user), so role changes and suspensions apply
 * at the user's next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || user.suspended || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, publicName: user.publicName, role: user.role };
});

/** For server actions and route handlers: throws an AppError the caller turns into 401/403. */
export async function requireRole(minimum: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.app.unauthenticated");
  assertRole(user, minimum);
  return user;
}

/** For pages: signed-out visitors go to sign-in, lower roles get the 403 page. */
export async function requirePageRole(minimum: Role, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, minimum)) forbidden();
  return user;
}
