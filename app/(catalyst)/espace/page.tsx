// The catalyst workspace: "my alliances", their state and what to do next.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { listMyAlliances } from "@/lib/alliances/workspace";
import { countNewRequests } from "@/lib/contacts/queries";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.workspace");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

const STATE_STYLE: Record<string, string> = {
  DRAFT: "bg-stone-100 text-stone-900",
  PENDING: "bg-amber-100 text-amber-900",
  CHANGES_PENDING: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  HIDDEN: "bg-red-100 text-red-900",
  ARCHIVED: "bg-stone-200 text-stone-800",
};

export default async function WorkspacePage({ searchParams }: { searchParams: Promise<{ soumise?: string }> }) {
  const fmt = intlLocaleOf(await getLocale());
  const user = await requirePageRole("CATALYST", "/espace");
  const { soumise } = await searchParams;
  const t = await getTranslations("workspace");
  const tProfile = await getTranslations("profile");
  const tVisits = await getTranslations("visits.inbox");
  const [alliances, newRequests] = await Promise.all([listMyAlliances(user), countNewRequests(user)]);
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "long", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-6" data-testid="workspace-home">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p>{t("lead")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/espace/profil" className="font-medium underline underline-offset-4">
            {tProfile("link")}
          </Link>
          <Link href="/espace/alliances/nouvelle" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t("newAlliance")}
          </Link>
        </div>
      </header>
      <p>
        <Link href="/espace/demandes" className="font-medium underline underline-offset-4" data-testid="inbox-link">
          {tVisits("link")}
        </Link>{" "}
        <span className={newRequests > 0 ? "rounded-full bg-brand-700 px-2 py-0.5 text-sm font-medium text-white" : "text-sm text-stone-700"} data-testid="inbox-new-count">
          {tVisits("newCount", { count: newRequests })}
        </span>
      </p>
      {soumise && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("submitted")}
        </p>
      )}
      <section aria-labelledby="my-alliances">
        <h2 id="my-alliances" className="mb-3 text-xl font-semibold">
          {t("myAlliances")}
        </h2>
        {alliances.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="space-y-3">
            {alliances.map((alliance) => (
              <li key={alliance.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="my-alliance" data-state={alliance.state}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-lg font-semibold">{alliance.name}</h3>
                  <span className={`rounded px-2 py-0.5 text-sm font-medium ${STATE_STYLE[alliance.state]}`} data-testid="state">
                    {t(`states.${alliance.state}`)}
                  </span>
                </div>
                <p className="text-sm text-stone-700">{t("updated", { date: date.format(alliance.updatedAt) })}</p>
                <p className="mt-1">{t(`next.${alliance.state}`)}</p>
                {alliance.state === "REJECTED" && alliance.rejectionReason && (
                  <p className="mt-1 rounded bg-red-50 p-2 text-red-900" data-testid="rejection-reason">{t("rejectionReason", { reason: alliance.rejectionReason })}</p>
                )}
                {alliance.hiddenReason && (alliance.state === "HIDDEN" || alliance.state === "REJECTED") && (
                  <p className="mt-1 rounded bg-red-50 p-2 text-red-900" data-testid="hidden-reason">{t("hiddenReason", { reason: alliance.hiddenReason })}</p>
                )}
                <p className="mt-2 flex gap-4">
                  {alliance.state !== "ARCHIVED" && (
                    <Link href={`/espace/alliances/${alliance.id}/modifier`} className="font-medium underline underline-offset-4">
                      {t("edit")} <span className="sr-only">{alliance.name}</span>
                    </Link>
                  )}
                  {(alliance.state === "PUBLISHED" || alliance.state === "CHANGES_PENDING") && (
                    <Link href={`/alliances/${alliance.slug}`} className="underline underline-offset-4">
                      {t("view")}
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
