"use server";
// Impact records of an alliance. Each action re-checks the role; the service checks
// that the user edits the alliance (or is an admin).
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { addIndicator, recordEvidence, recordMeasurement, removeMeasurement } from "@/lib/impact/service";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const refresh = (formData: FormData) => revalidatePath(`/espace/alliances/${field(formData, "allianceId")}/impact`);

export async function addIndicatorAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    const fields = ["catalogueCode", "register", "name", "definition", "unit", "direction", "baselineValue", "baselineDate", "targetValue", "targetDate"] as const;
    const input = Object.fromEntries(fields.map((name) => [name, field(formData, name)]).filter(([, value]) => value !== ""));
    await addIndicator(user, field(formData, "allianceId"), input);
  });
  if (result.ok) refresh(formData);
  return result.ok ? { ...result, message: (await getTranslations("impact.done"))("indicatorAdded") } : result;
}

export async function recordMeasurementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await recordMeasurement(user, field(formData, "indicatorId"), {
      value: field(formData, "value"),
      measuredOn: field(formData, "measuredOn"),
      source: field(formData, "source"),
      method: field(formData, "method"),
      comment: field(formData, "comment"),
    });
  });
  if (result.ok) refresh(formData);
  return result.ok ? { ...result, message: (await getTranslations("impact.done"))("measurementRecorded") } : result;
}

export async function removeMeasurementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await removeMeasurement(user, field(formData, "measurementId"));
  });
  if (result.ok) refresh(formData);
  return result.ok ? { ...result, message: (await getTranslations("impact.done"))("measurementRemoved") } : result;
}

export async function recordEvidenceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    await recordEvidence(user, field(formData, "allianceId"), {
      register: field(formData, "register"),
      quote: field(formData, "quote"),
      authorName: field(formData, "authorName"),
      authorRole: field(formData, "authorRole"),
      recordedOn: field(formData, "recordedOn"),
      consent: formData.get("consent") === "on",
    });
  });
  if (result.ok) refresh(formData);
  return result.ok ? { ...result, message: (await getTranslations("impact.done"))("evidencePublished") } : result;
}
