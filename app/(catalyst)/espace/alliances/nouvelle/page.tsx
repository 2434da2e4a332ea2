// Start a new alliance: its name first, the rest in the step-by-step editor.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { NewAllianceForm } from "./_components/new-alliance-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.newAlliance");
  return { title: t("title") };
}

export default async function NewAlliancePage() {
  await requirePageRole("CATALYST", "/espace/alliances/nouvelle");
  const t = await getTranslations("editor");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p>{t("newLead")}</p>
      <ClientMessages namespaces={["auth", "errors", "editor"]}>
        <NewAllianceForm />
      </ClientMessages>
    </div>
  );
}
