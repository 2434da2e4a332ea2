// The alliance editor: a guided form in steps, each saved as a draft revision. The page
// loads the working copy and lays out its sections (./_components).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getEditableAlliance } from "@/lib/alliances/workspace";
import { isEditorStep } from "@/lib/alliances/form-steps";
import { findPossibleDuplicates } from "@/lib/moderation/duplicates";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EditorHeader } from "./_components/editor-header";
import { StepsNav } from "./_components/steps-nav";
import { StepBody, type StepQuery } from "./_components/step-body";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.editAlliance");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function EditAlliancePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<StepQuery & { etape?: string }> }) {
  const { id } = await params;
  const { etape, ...query } = await searchParams;
  const user = await requirePageRole("CATALYST", `/espace/alliances/${id}/modifier`);
  const alliance = await getEditableAlliance(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const step = isEditorStep(etape) ? etape : "identite";
  const t = await getTranslations("editor");

  // "Is it one of these?": published alliances this one may repeat, while it is not published.
  const duplicates = alliance.state === "PUBLISHED" || alliance.state === "CHANGES_PENDING" ? [] : await findPossibleDuplicates(alliance.id, alliance.draft, 3);

  return (
    <div className="space-y-6">
      <EditorHeader allianceId={alliance.id} name={alliance.draft.name} duplicates={duplicates} />
      <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
        <StepsNav allianceId={alliance.id} step={step} />
        <section aria-labelledby="step-title">
          <h2 id="step-title" className="mb-4 text-xl font-semibold">
            {t(`steps.${step}`)}
          </h2>
          <ClientMessages namespaces={["auth", "errors", "editor", "enums", "scaling"]}>
            <StepBody alliance={alliance} step={step} query={query} />
          </ClientMessages>
        </section>
      </div>
    </div>
  );
}
