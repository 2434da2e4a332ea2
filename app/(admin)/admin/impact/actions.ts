"use server";
// The shared impact catalogue (admins only, checked here and in the service).
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { saveCatalogueIndicator } from "@/lib/impact/service";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim();

export async function saveCatalogueAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const admin = await requireRole("ADMIN");
    await saveCatalogueIndicator(admin, {
      code: field(formData, "code").toUpperCase(),
      register: field(formData, "register"),
      nameFr: field(formData, "nameFr"),
      nameEn: field(formData, "nameEn"),
      definition: field(formData, "definition"),
      method: field(formData, "method"),
      unit: field(formData, "unit"),
      direction: field(formData, "direction"),
      aggregation: field(formData, "aggregation"),
      irisCode: field(formData, "irisCode").toUpperCase(),
      active: formData.get("active") === "on",
    });
  });
  if (result.ok) revalidatePath("/admin/impact");
  return result.ok ? { ...result, message: (await getTranslations("adminImpact"))("saved") } : result;
}
