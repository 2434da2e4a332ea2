"use server";
// Server actions of the alliance editor: save a step, add/remove a partner, submit, withdraw.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { applyStep, isEditorStep, nextStep } from "@/lib/alliances/form-steps";
import { ensureCanEdit, saveDraft, submitAlliance, withdrawSubmission } from "@/lib/alliances/service";
import { addCoEditor } from "@/lib/alliances/editors";
import { geocodeAddress } from "@/lib/geo/address";
import { assertOrganisationExists, findOrCreateOrganisation } from "@/lib/organisations/service";
import { addPartnerSchema } from "@/lib/validation/organisation";

function ids(formData: FormData): { allianceId: string; version: number } {
  const allianceId = String(formData.get("allianceId") ?? "");
  // "Keep my version" after a conflict re-submits against the version now saved.
  const version = Number(formData.get("forceVersion") ?? formData.get("version"));
  if (!allianceId || !Number.isInteger(version) || version < 1) throw new AppError("INVALID_INPUT", "Formulaire incomplet : rechargez la page.");
  return { allianceId, version };
}

export async function saveAllianceStepAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<{ version: number }>> {
  let target: string | null = null;
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    const { allianceId, version } = ids(formData);
    const step = formData.get("step");
    if (!isEditorStep(step)) throw new AppError("INVALID_INPUT", "Étape inconnue.");
    // A precise address, when the national address API is configured, places the point
    // (asked only once the right to edit is established: the API is not a public proxy).
    if (step === "territoire") await ensureCanEdit(user, allianceId);
    const point = step === "territoire" ? await geocodeAddress(String(formData.get("address") ?? ""), String(formData.get("communeInsee") ?? "")) : null;
    const saved = await saveDraft(user, allianceId, version, (draft) => {
      const next = applyStep(step, draft, formData) as typeof draft;
      return point ? { ...next, territory: { ...next.territory, lat: point.lat, lng: point.lng } } : next;
    });
    revalidatePath("/espace");
    if (formData.get("intent") === "next") target = `/espace/alliances/${allianceId}/modifier?etape=${nextStep(step)}`;
    // A saved plan goes back to the list of plans.
    else if (step === "essaimage" && formData.get("intent") === "save-plan") target = `/espace/alliances/${allianceId}/modifier?etape=essaimage&enregistre=1`;
    return { version: saved.version };
  });
  if (result.ok && target) redirect(target);
  return result.ok ? { ...result, message: "Brouillon enregistré." } : result;
}

export async function addPartnerAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const user = await requireRole("CATALYST");
    const { allianceId, version } = ids(formData);
    const parsed = addPartnerSchema.safeParse({ organisationId: formData.get("organisationId") ?? "", role: formData.get("role"), description: formData.get("description") ?? "" });
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
      throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors });
    }
    // Inside the save: the edit right and the version are checked first, and a new organisation
    // is created in the same transaction, so a refused save leaves none behind.
    const saved = await saveDraft(user, allianceId, version, async (draft, tx) => {
      let organisationId = parsed.data.organisationId;
      if (organisationId) await assertOrganisationExists(organisationId, tx);
      else {
        const organisation = await findOrCreateOrganisation(
          { name: formData.get("organisation.name") ?? "", type: formData.get("organisation.type") ?? "", communeInsee: formData.get("organisation.communeInsee") ?? "", siren: formData.get("organisation.siren") ?? "" },
          user.id,
          tx,
        );
        organisationId = organisation.id;
      }
      return { ...draft, partners: [...draft.partners, { organisationId, role: parsed.data.role, description: parsed.data.description }] };
    });
    revalidatePath(`/espace/alliances/${allianceId}/modifier`);
    return { version: saved.version };
  });
}

export async function removePartnerAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const user = await requireRole("CATALYST");
    const { allianceId, version } = ids(formData);
    const organisationId = String(formData.get("organisationId") ?? "");
    const saved = await saveDraft(user, allianceId, version, (draft) => ({ ...draft, partners: draft.partners.filter((p) => p.organisationId !== organisationId) }));
    revalidatePath(`/espace/alliances/${allianceId}/modifier`);
    return { version: saved.version };
  });
}

export async function submitAllianceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let target: string | null = null;
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    const { allianceId, version } = ids(formData);
    await submitAlliance(user, allianceId, version);
    revalidatePath("/espace");
    target = "/espace?soumise=1";
  });
  if (result.ok && target) redirect(target);
  return result;
}

export async function withdrawSubmissionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let target: string | null = null;
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    const allianceId = String(formData.get("allianceId") ?? "");
    if (!allianceId) throw new AppError("INVALID_INPUT", "Formulaire incomplet : rechargez la page.");
    await withdrawSubmission(user, allianceId);
    revalidatePath("/espace");
    target = `/espace/alliances/${encodeURIComponent(allianceId)}/modifier?etape=soumettre&retiree=1`;
  });
  if (result.ok && target) redirect(target);
  return result;
}

export async function addCoEditorAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult<{ name: string }>> {
  const result = await runAction(async () => {
    const user = await requireRole("CATALYST");
    const allianceId = String(formData.get("allianceId") ?? "");
    const added = await addCoEditor(user, allianceId, formData.get("email"));
    revalidatePath(`/espace/alliances/${allianceId}/modifier`);
    return added;
  });
  return result.ok ? { ...result, message: `${result.data?.name} peut maintenant modifier cette alliance ; un e-mail l'a prévenu·e.` } : result;
}
