// Administration home (admins only).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  await requirePageRole("ADMIN", "/admin");
  const t = await getTranslations("admin");
  return (
    <div className="space-y-4" data-testid="admin-home">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
    </div>
  );
}
