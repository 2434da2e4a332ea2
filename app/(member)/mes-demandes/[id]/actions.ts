"use server";
// The requester answers in their own thread; the service checks they are its requester.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { notAForm, runAction, type ActionResult } from "@/lib/actions/result";
import { replyToRequest } from "@/lib/contacts/service";

export async function replyAsRequesterAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const forged = await notAForm(formData);
  if (forged) return forged;
  const requestId = String(formData.get("requestId") ?? "");
  const result = await runAction(async () => {
    const user = await requireRole("MEMBER");
    await replyToRequest(user, requestId, { body: String(formData.get("body") ?? ""), sharesEmail: formData.get("sharesEmail") === "1" });
  });
  if (!result.ok) return result;
  revalidatePath("/mes-demandes", "layout");
  redirect(`/mes-demandes/${encodeURIComponent(requestId)}?fait=message`);
}
