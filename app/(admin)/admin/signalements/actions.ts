"use server";
// Decisions on reports, and restoring a hidden alliance (admins only, checked here: a
// server action is a public endpoint).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { decideReport, restoreAlliance, type ReportDecision } from "@/lib/moderation/reports";

const DECISIONS = new Map<string, ReportDecision>([
  ["masquer", "HIDE"],
  ["demander-mise-a-jour", "REQUEST_UPDATE"],
  ["classer", "DISMISS"],
]);

export async function decideReportAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let decision: ReportDecision | undefined;
  const result = await runAction(async () => {
    const admin = await requireRole("ADMIN");
    decision = DECISIONS.get(String(formData.get("decision") ?? ""));
    if (!decision) throw new AppError("INVALID_INPUT", "Choisissez une décision.");
    await decideReport(admin, String(formData.get("reportId") ?? ""), decision, { message: String(formData.get("message") ?? "") });
  });
  if (!result.ok || !decision) return result;
  revalidatePath("/admin", "layout");
  redirect(`/admin/signalements?decision=${decision.toLowerCase()}`);
}

export async function restoreAllianceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const admin = await requireRole("ADMIN");
    await restoreAlliance(admin, String(formData.get("allianceId") ?? ""), { message: String(formData.get("message") ?? "") });
  });
  if (!result.ok) return result;
  revalidatePath("/admin", "layout");
  redirect("/admin/signalements?decision=restore");
}
