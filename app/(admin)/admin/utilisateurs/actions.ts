"use server";
// People administration (admins only, checked here: a server action is a public endpoint).
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { changeRole, inviteCatalyst, reinstateUser, suspendUser } from "@/lib/admin/users";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** The success message of each action, under adminUsers.done in the message files. */
type DoneMessage = "roleChanged" | "suspended" | "reinstated" | "invited";

async function adminAction(work: (admin: Awaited<ReturnType<typeof requireRole>>) => Promise<unknown>, done: DoneMessage): Promise<ActionResult> {
  const result = await runAction(async () => {
    const admin = await requireRole("ADMIN");
    await work(admin);
  });
  if (result.ok) revalidatePath("/admin/utilisateurs");
  return result.ok ? { ...result, message: (await getTranslations("adminUsers.done"))(done) } : result;
}

export async function changeRoleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return adminAction((admin) => changeRole(admin, field(formData, "userId"), field(formData, "role")), "roleChanged");
}

export async function suspendAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return adminAction((admin) => suspendUser(admin, field(formData, "userId"), { reason: field(formData, "reason") }), "suspended");
}

export async function reinstateAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return adminAction((admin) => reinstateUser(admin, field(formData, "userId")), "reinstated");
}

export async function inviteAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return adminAction((admin) => inviteCatalyst(admin, { email: field(formData, "email") }), "invited");
}
