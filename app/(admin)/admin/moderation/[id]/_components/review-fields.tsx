// What the submission says: for a change, each differing field published vs proposed (with
// the text differences marked); for a new alliance, the whole record.
import { getTranslations } from "next-intl/server";
import type { Review } from "@/lib/moderation/service";
import { formatField, type ReviewField } from "@/lib/moderation/format";
import { DiffCells } from "@/components/admin/text-diff";

type Submission = NonNullable<Review["submission"]>;

export async function ReviewFields({ review, submission, fields }: { review: Review; submission: Submission; fields: ReviewField[] }) {
  const t = await getTranslations("moderation");
  const tAll = await getTranslations();
  const translate = (key: string) => tAll(key as never);
  const label = (field: ReviewField) => t(`fields.${field.replace(".", "_")}` as never);
  return (
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
                    <th scope="row" className="py-2 pr-4 align-top font-medium">{label(field)}</th>
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
              <dt className="font-medium">{label(field)}</dt>
              <dd className="whitespace-pre-wrap break-words">{formatField(field, submission.snapshot, translate, review.lookups)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
