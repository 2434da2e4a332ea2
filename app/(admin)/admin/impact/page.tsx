// The shared impact catalogue, kept by admins: definitions and methods so alliances
// measure the same thing, optional IRIS+ codes, and how the network aggregates them.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CatalogueForm } from "./_components/catalogue-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.adminImpact");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  await requirePageRole("ADMIN", "/admin/impact");
  const t = await getTranslations("adminImpact");
  const tImpact = await getTranslations("impact");
  const raw = (await searchParams).code;
  const items = await db.catalogueIndicator.findMany({ orderBy: [{ register: "asc" }, { nameFr: "asc" }], include: { _count: { select: { indicators: true } } } });
  const editing = items.find((item) => item.code === (Array.isArray(raw) ? raw[0] : raw)) ?? null;
  return (
    <div className="space-y-8" data-testid="catalogue-page">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-3">{t("nameFr")}</th>
            <th scope="col" className="py-2 pr-3">{tImpact("register")}</th>
            <th scope="col" className="py-2 pr-3">{tImpact("unit")}</th>
            <th scope="col" className="py-2 pr-3">{t("iris")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("followedBy")}</th>
            <th scope="col" className="py-2"><span className="sr-only">{t("edit")}</span></th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code} className={`border-b border-stone-200 ${item.active ? "" : "text-stone-500"}`} data-testid="catalogue-row">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {item.nameFr} {!item.active && `(${t("retired")})`}
              </th>
              <td className="py-1.5 pr-3">{tImpact(`registers.${item.register}`)}</td>
              <td className="py-1.5 pr-3">{tImpact(`units.${item.unit}`)}</td>
              <td className="py-1.5 pr-3">{item.irisCode ?? "—"}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{item._count.indicators}</td>
              <td className="py-1.5">
                <Link href={`/admin/impact?code=${item.code}#form`} className="underline">
                  {t("editItem", { name: item.nameFr })}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="form" className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <h2 id="form" className="text-lg font-semibold">
          {editing ? t("editTitle", { name: editing.nameFr }) : t("newTitle")}
        </h2>
        <ClientMessages namespaces={["impact", "adminImpact", "errors"]}>
          <CatalogueForm key={editing?.code ?? "new"} item={editing} />
        </ClientMessages>
      </section>
    </div>
  );
}
