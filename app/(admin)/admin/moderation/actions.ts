"use server";
// Moderation decisions. Each action checks the admin role itself: a server action is a
// public endpoint, whatever page shows its form.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { approveSubmission, rejectSubmission } from "@/lib/moderation/service";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function approveAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const admin = await requireRole("ADMIN");
    await approveSubmission(admin, field(formData, "allianceId"), field(formData, "revisionId"));
  });
  if (result.ok) {
    revalidatePath("/admin", "layout");
    redirect("/admin/moderation?decision=approuvee");
  }
  return result;
}

export async function rejectAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const admin = await requireRole("ADMIN");
    await rejectSubmission(admin, field(formData, "allianceId"), field(formData, "revisionId"), { reason: field(formData, "reason") });
  });
  if (result.ok) {
    revalidatePath("/admin", "layout");
    redirect("/admin/moderation?decision=refusee");
  }
  return result;
}
