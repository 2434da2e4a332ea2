// Where the alliance's model came from and where it spread (confirmed replications).
import { getTranslations } from "next-intl/server";
import type { LineageNode } from "@/lib/replications/service";
import { LineageTree } from "@/components/alliances/lineage-tree";

export async function LineageSection({ lineage }: { lineage: LineageNode | null }) {
  if (!lineage) return null;
  const t = await getTranslations("replications");
  return (
    <section aria-labelledby="lineage">
      <h2 id="lineage" className="mb-2 text-xl font-semibold">
        {t("lineageTitle")}
      </h2>
      <p className="mb-2 text-sm text-stone-700">{t("lineageLead")}</p>
      <LineageTree node={lineage} currentLabel={t("thisOne")} />
    </section>
  );
}
