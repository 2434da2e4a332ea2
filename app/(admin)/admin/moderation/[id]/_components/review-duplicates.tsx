// Published alliances the submission may repeat: a similar name nearby, or shared partners.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PossibleDuplicate } from "@/lib/moderation/duplicates";

export async function ReviewDuplicates({ duplicates }: { duplicates: PossibleDuplicate[] }) {
  const t = await getTranslations("moderation.review");
  return (
    <section aria-labelledby="duplicates" className="space-y-2">
      <h2 id="duplicates" className="text-xl font-semibold">
        {t("duplicates")}
      </h2>
      {duplicates.length === 0 ? (
        <p>{t("noDuplicates")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6" data-testid="duplicates">
          {duplicates.map((d) => (
            <li key={d.id}>
              <Link href={`/alliances/${d.slug}`} className="text-blue-800 underline">
                {d.name}
              </Link>
              {d.communeName ? ` (${d.communeName})` : ""} —{" "}
              {[
                d.reasons.includes("NAME_NEARBY") ? t("similarNameNearby", { km: d.distanceKm ?? 0 }) : null,
                d.reasons.includes("PARTNERS") ? t("sharedPartners", { count: d.sharedPartners }) : null,
              ]
                .filter(Boolean)
                .join(" ; ")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
