"use server";
// Reporting a published alliance (once per alliance, rate limited) and asking to visit it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { fileReport } from "@/lib/moderation/reports";
import { sendVisitRequest } from "@/lib/contacts/service";

export async function reportAllianceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("MEMBER");
    // A honeypot field only a robot fills in: pretend it worked, record nothing.
    if (String(formData.get("website") ?? "")) return;
    await fileReport(user, String(formData.get("allianceId") ?? ""), { reason: formData.get("reason") ?? undefined, text: String(formData.get("text") ?? ""), measurementId: String(formData.get("measurementId") ?? "") || undefined });
  });
  return result.ok ? { ...result, message: (await getTranslations("reports.form"))("sent") } : result;
}

/**
 * Asking to visit: any signed-in user (the service checks the alliance, blocks and
 * limits). On success the requester lands on their thread.
 */
export async function requestVisitAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let requestId: string | undefined;
  const result = await runAction(async () => {
    const user = await requireRole("MEMBER");
    // The honeypot again: a robot is told it worked and nothing is sent.
    if (String(formData.get("website") ?? "")) return;
    const field = (name: string) => String(formData.get(name) ?? "");
    ({ id: requestId } = await sendVisitRequest(user, field("allianceId"), {
      whoAmI: field("whoAmI"),
      territory: field("territory"),
      wishes: field("wishes"),
      availability: field("availability"),
    }));
  });
  if (!result.ok) return result;
  if (!requestId) return { ok: true, message: (await getTranslations("visits.thread"))("justSent") };
  revalidatePath("/mes-demandes");
  redirect(`/mes-demandes/${requestId}?envoyee=1`);
}
