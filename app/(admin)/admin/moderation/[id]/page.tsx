// Review of one submission: for a change, each differing field published vs proposed;
// for a new alliance, the whole record; possible duplicates; past decisions; the decision.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getReview } from "@/lib/moderation/service";
import { findPossibleDuplicates } from "@/lib/moderation/duplicates";
import { differingFields, formatField, REVIEW_FIELDS } from "@/lib/moderation/format";
import { DiffCells } from "@/components/admin/text-diff";
import { DecisionForms } from "./_components/decision-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.review");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const fmt = intlLocaleOf(await getLocale());
  const { id } = await params;
  const admin = await requirePageRole("ADMIN", `/admin/moderation/${id}`);
  const review = await getReview(admin, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("moderation");
  const tAll = await getTranslations();
  const translate = (key: string) => tAll(key as never);
  const submission = review.submission;
  const pending = review.status.review === "PENDING" && submission;
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
  const duplicates = submission ? await findPossibleDuplicates(review.allianceId, submission.snapshot) : [];
  const fields = submission
    ? review.published && review.kind === "CHANGE"
      ? differingFields(review.published, submission.snapshot, translate, review.lookups)
      : REVIEW_FIELDS.filter((field) => formatField(field, submission.snapshot, translate, review.lookups) !== "" && !(field === "fundingVisibility" && submission.snapshot.funding.length === 0))
    : [];

  return (
    <div className="space-y-8" data-testid="moderation-review">
      <header className="space-y-1">
        <p>
          <Link href="/admin/moderation" className="text-blue-800 underline">
            {t("backToQueue")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("review.title", { name: submission?.snapshot.name ?? "" })}</h1>
        {submission && (
          <p className="text-stone-700">
            {review.kind === "NEW" ? t("kindNew") : t("kindChange", { count: fields.length })} ·{" "}
            {t("review.submittedBy", { name: submission.authorName ?? "—", date: date.format(submission.createdAt) })}
          </p>
        )}
        {review.kind === "CHANGE" && (
          <p>
            <Link href={`/alliances/${review.slug}`} className="text-blue-800 underline">
              {t("review.publicPage")}
            </Link>
          </p>
        )}
      </header>

      {!pending && (
        <p role="status" className="rounded border border-stone-300 bg-stone-50 p-3" data-testid="nothing-pending">
          {t("review.nothingPending")}
        </p>
      )}

      {submission && (
        <section aria-labelledby="content" className="space-y-3">
          <h2 id="content" className="text-xl font-semibold">
            {review.kind === "CHANGE" ? t("review.changes") : t("review.record")}
          </h2>
          {review.kind === "CHANGE" && review.published ? (
            fields.length === 0 ? (
              <p>{t("review.noVisibleChange")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full table-fixed border-collapse text-left text-sm">
                  <caption className="sr-only">{t("review.changesCaption")}</caption>
                  <thead>
                    <tr className="border-b border-stone-300">
                      <th scope="col" className="w-1/5 py-2 pr-4">{t("review.field")}</th>
                      <th scope="col" className="py-2 pr-4">{t("review.published")}</th>
                      <th scope="col" className="py-2 pr-4">{t("review.proposed")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((field) => (
                      <tr key={field} className="border-b border-stone-200" data-testid="changed-field" data-field={field}>
                        <th scope="row" className="py-2 pr-4 align-top font-medium">{t(`fields.${field.replace(".", "_")}` as never)}</th>
                        <DiffCells before={formatField(field, review.published!, translate, review.lookups)} after={formatField(field, submission.snapshot, translate, review.lookups)} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          ) : (
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
              {fields.map((field) => (
                <div key={field} className="contents">
                  <dt className="font-medium">{t(`fields.${field.replace(".", "_")}` as never)}</dt>
                  <dd className="whitespace-pre-wrap break-words">{formatField(field, submission.snapshot, translate, review.lookups)}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      )}

      <section aria-labelledby="duplicates" className="space-y-2">
        <h2 id="duplicates" className="text-xl font-semibold">
          {t("review.duplicates")}
        </h2>
        {duplicates.length === 0 ? (
          <p>{t("review.noDuplicates")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6" data-testid="duplicates">
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/alliances/${d.slug}`} className="text-blue-800 underline">
                  {d.name}
                </Link>
                {d.communeName ? ` (${d.communeName})` : ""} —{" "}
                {[
                  d.reasons.includes("NAME_NEARBY") ? t("review.similarNameNearby", { km: d.distanceKm ?? 0 }) : null,
                  d.reasons.includes("PARTNERS") ? t("review.sharedPartners", { count: d.sharedPartners }) : null,
                ]
                  .filter(Boolean)
                  .join(" ; ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      {pending && (
        <section aria-labelledby="decision" className="space-y-3">
          <h2 id="decision" className="text-xl font-semibold">
            {t("review.decision")}
          </h2>
          <ClientMessages namespaces={["moderation", "errors"]}>
            <DecisionForms allianceId={review.allianceId} revisionId={submission.id} />
          </ClientMessages>
        </section>
      )}

      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-semibold">
          {t("review.history")}
        </h2>
        {review.history.length === 0 ? (
          <p>{t("review.noHistory")}</p>
        ) : (
          <ul className="space-y-1" data-testid="history">
            {review.history.map((entry, index) => (
              <li key={index}>
                {date.format(entry.at)} — {t(`history.${entry.kind}` as never)} {entry.adminName ? t("review.by", { name: entry.adminName }) : ""}
                {entry.reason ? ` : « ${entry.reason} »` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
