"use server";
// Declaring and answering replications. Each action re-checks the role and, through the
// service, that the user edits the alliance concerned.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { answerReplication, declareReplication } from "@/lib/replications/service";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function declareReplicationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await declareReplication(user, field(formData, "allianceId"), field(formData, "originId"), field(formData, "note"));
  });
  if (result.ok) revalidatePath(`/espace/alliances/${field(formData, "allianceId")}/filiation`);
  return result.ok ? { ...result, message: (await getTranslations("replications.done"))("declared") } : result;
}

export async function answerReplicationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const accept = field(formData, "answer") === "confirmer";
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await answerReplication(user, field(formData, "replicationId"), accept);
  });
  if (result.ok) revalidatePath(`/espace/alliances/${field(formData, "allianceId")}/filiation`);
  return result.ok ? { ...result, message: (await getTranslations("replications.done"))(accept ? "confirmed" : "declined") } : result;
}
