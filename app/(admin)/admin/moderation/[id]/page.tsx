// Review of one submission: for a change, each differing field published vs proposed;
// for a new alliance, the whole record; possible duplicates; past decisions; the decision.
// The page loads the review and lays out its sections (./_components).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getReview } from "@/lib/moderation/service";
import { findPossibleDuplicates } from "@/lib/moderation/duplicates";
import { differingFields, formatField, REVIEW_FIELDS } from "@/lib/moderation/format";
import { DecisionForms } from "./_components/decision-forms";
import { ReviewFields } from "./_components/review-fields";
import { ReviewDuplicates } from "./_components/review-duplicates";
import { ReviewHistory } from "./_components/review-history";
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

      {submission && <ReviewFields review={review} submission={submission} fields={fields} />}

      <ReviewDuplicates duplicates={duplicates} />

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

      <ReviewHistory history={review.history} date={date} />
    </div>
  );
}
