"use server";
// A catalyst edits their own public profile (and only theirs: the actor is the target).
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { updateProfile } from "@/lib/people/profile";

export async function saveProfileAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await updateProfile(user, {
      publicName: String(formData.get("publicName") ?? ""),
      bio: String(formData.get("bio") ?? ""),
      communeInsee: String(formData.get("communeInsee") ?? ""),
      expertiseDomains: formData.getAll("expertiseDomains").map(String),
      profilePublic: formData.get("profilePublic") === "1",
    });
  });
  if (result.ok) revalidatePath("/espace/profil");
  return result.ok ? { ...result, message: (await getTranslations("profile.form"))("saved") } : result;
}
