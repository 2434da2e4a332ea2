"use server";
// What a catalyst does in a visit request thread. Each action checks, through the
// service, that the caller edits the request's alliance: an action is a public endpoint.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { notAForm, runAction, type ActionResult } from "@/lib/actions/result";
import { replyToRequest, setRequestStatus } from "@/lib/contacts/service";
import { blockSender, unblockSender, unblockUser } from "@/lib/contacts/blocking";

function requestIdOf(formData: FormData): string {
  return String(formData.get("requestId") ?? "");
}

async function done(requestId: string, what: string): Promise<never> {
  revalidatePath("/espace", "layout");
  redirect(`/espace/demandes/${encodeURIComponent(requestId)}?fait=${what}`);
}

export async function replyAsCatalystAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const forged = await notAForm(formData);
  if (forged) return forged;
  const requestId = requestIdOf(formData);
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await replyToRequest(user, requestId, { body: String(formData.get("body") ?? ""), sharesEmail: formData.get("sharesEmail") === "1" });
  });
  return result.ok ? done(requestId, "message") : result;
}

export async function setRequestStatusAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const forged = await notAForm(formData);
  if (forged) return forged;
  const requestId = requestIdOf(formData);
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await setRequestStatus(user, requestId, String(formData.get("status") ?? ""));
  });
  return result.ok ? done(requestId, "etat") : result;
}

export async function blockSenderAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const requestId = requestIdOf(formData);
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await blockSender(user, requestId);
  });
  return result.ok ? done(requestId, "bloque") : result;
}

export async function unblockSenderAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const requestId = requestIdOf(formData);
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await unblockSender(user, requestId);
  });
  return result.ok ? done(requestId, "debloque") : result;
}

/** From the inbox's list of blocked senders (the catalyst's own blocks only). */
export async function unblockUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await unblockUser(user, String(formData.get("userId") ?? ""));
  });
  if (!result.ok) return result;
  revalidatePath("/espace", "layout");
  redirect("/espace/demandes?debloque=1");
}
