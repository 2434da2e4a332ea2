// Past decisions on the alliance (approvals, rejections, hidings, withdrawals), latest first.
import { getTranslations } from "next-intl/server";
import type { Review } from "@/lib/moderation/service";

export async function ReviewHistory({ history, date }: { history: Review["history"]; date: Intl.DateTimeFormat }) {
  const t = await getTranslations("moderation");
  return (
    <section aria-labelledby="history" className="space-y-2">
      <h2 id="history" className="text-xl font-semibold">
        {t("review.history")}
      </h2>
      {history.length === 0 ? (
        <p>{t("review.noHistory")}</p>
      ) : (
        <ul className="space-y-1" data-testid="history">
          {history.map((entry, index) => (
            <li key={index}>
              {date.format(entry.at)} — {t(`history.${entry.kind}` as never)} {entry.adminName ? t("review.by", { name: entry.adminName }) : ""}
              {entry.reason ? ` : « ${entry.reason} »` : ""}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
