// Links to the territory pages of a département and its région (alliance pages, directory).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDepartement, getRegion } from "@/lib/geo/communes";

export async function TerritoryLinks({ departement, region, className = "text-sm" }: { departement?: string | null; region?: string | null; className?: string }) {
  const t = await getTranslations("territory");
  const d = departement ? getDepartement(departement) : null;
  const r = region ? getRegion(region) : d ? getRegion(d.region) : null;
  if (!d && !r) return null;
  return (
    <p className={`flex flex-wrap gap-x-4 gap-y-1 ${className}`} data-testid="territory-links">
      {d && (
        <Link href={`/territoires/departements/${d.code}`} className="underline underline-offset-4">
          {t("pageLink", { name: `${d.name} (${d.code})` })}
        </Link>
      )}
      {r && (
        <Link href={`/territoires/regions/${r.code}`} className="underline underline-offset-4">
          {t("pageLink", { name: r.name })}
        </Link>
      )}
    </p>
  );
}
