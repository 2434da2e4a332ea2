// The page of a departement (INSEE code): its alliances, catalysts, needs without alliance, impact.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { findTerritory, territoryView } from "@/lib/territories/queries";
import { TerritoryPage } from "@/components/territories/territory-page";

export const dynamic = "force-dynamic";

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const territory = findTerritory("departement", (await params).code);
  if (!territory) return {};
  const t = await getTranslations("territory");
  return { title: territory.name, description: t("metaDescription", { name: territory.name }) };
}

export default async function DepartementPage({ params }: { params: Params }) {
  const territory = findTerritory("departement", (await params).code);
  if (!territory) notFound();
  return <TerritoryPage view={await territoryView(territory, await getLocale())} />;
}
