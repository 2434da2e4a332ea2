"use server";
// Server action of "new alliance": create the draft, then open its editor.
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { createAlliance } from "@/lib/alliances/service";

export async function createAllianceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let created: string | null = null;
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    const alliance = await createAlliance(user, String(formData.get("name") ?? ""));
    created = alliance.id;
  });
  if (result.ok && created) redirect(`/espace/alliances/${created}/modifier?etape=identite`);
  return result;
}
