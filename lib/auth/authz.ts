// Role checks for code given an actor (services, jobs): no session lookup here, so that the
// services stay callable from tests, scripts and the worker.
import { AppError } from "@/lib/errors";
import { hasRole, type Role } from "@/lib/auth/roles";

/** Refuses (403) an actor below the role the work needs. */
export function assertRole(actor: { role: Role }, minimum: Role): void {
  if (!hasRole(actor.role, minimum)) throw new AppError("FORBIDDEN", "errors.app.forbidden");
}
