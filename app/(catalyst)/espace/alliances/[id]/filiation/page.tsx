// An alliance's lineage in the workspace: the models it comes from (declared here), and
// the alliances that say they come from it (confirmed or declined here).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { listReplications, searchOrigins, type ReplicationRow } from "@/lib/replications/service";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AnswerForm, DeclareForm } from "./_components/replication-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.lineage");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function LineagePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { id } = await params;
  const user = await requirePageRole("CATALYST", `/espace/alliances/${id}/filiation`);
  const data = await listReplications(user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const candidates = q ? await searchOrigins(id, q) : [];
  const t = await getTranslations("replications");
  const status = (row: ReplicationRow) => t(`status.${row.status}` as never);
  return (
    <div className="space-y-8" data-testid="lineage-page">
      <header>
        <p className="text-sm">
          <Link href={`/espace/alliances/${id}/modifier`} className="underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>

      <section aria-labelledby="origins" className="space-y-3">
        <h2 id="origins" className="text-xl font-semibold">
          {t("originsTitle")}
        </h2>
        {data.origins.length > 0 && (
          <ul className="space-y-1">
            {data.origins.map((row) => (
              <li key={row.id} data-testid="origin-row">
                <Link href={`/alliances/${row.other.slug}`} className="underline underline-offset-4">
                  {row.other.name}
                </Link>{" "}
                — {status(row)}
              </li>
            ))}
          </ul>
        )}
        <form method="get" role="search" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="q" className="block font-medium">
              {t("search")}
            </label>
            <input id="q" name="q" defaultValue={q} className="w-80 max-w-full rounded border border-stone-400 px-3 py-2" />
          </div>
          <button className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-800">{t("find")}</button>
        </form>
        {q && candidates.length === 0 && <p>{t("noCandidate")}</p>}
        {candidates.length > 0 && (
          <ClientMessages namespaces={["replications", "errors"]}>
            <DeclareForm allianceId={id} candidates={candidates} />
          </ClientMessages>
        )}
      </section>

      <section aria-labelledby="replicas" className="space-y-3">
        <h2 id="replicas" className="text-xl font-semibold">
          {t("replicasTitle")}
        </h2>
        {data.replicas.length === 0 ? (
          <p>{t("noReplica")}</p>
        ) : (
          <ul className="space-y-3">
            {data.replicas.map((row) => (
              <li key={row.id} className="rounded border border-stone-200 bg-white p-3" data-testid="replica-row">
                <p>
                  <Link href={`/alliances/${row.other.slug}`} className="font-medium underline underline-offset-4">
                    {row.other.name}
                  </Link>{" "}
                  — {status(row)}
                </p>
                {row.note && <p className="text-sm text-stone-700">« {row.note} »</p>}
                {row.status === "PENDING" && (
                  <ClientMessages namespaces={["replications", "errors"]}>
                    <AnswerForm allianceId={id} replicationId={row.id} />
                  </ClientMessages>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
