// The catalyst workspace (catalysts and admins only).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Mon espace" };

export default async function WorkspacePage() {
  const user = await requirePageRole("CATALYST", "/espace");
  const t = await getTranslations("workspace");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <p className="text-sm text-stone-700" data-testid="workspace-owner">
        {user.publicName ?? user.email}
      </p>
    </div>
  );
}
