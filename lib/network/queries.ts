// Live figures of the network, shown on the home page.
import "server-only";
import { db } from "@/lib/db";
import { publishedResultCache } from "@/lib/cache/published-results";
import { listDepartements } from "@/lib/geo/communes";

export type NetworkFigures = { alliances: number; catalysts: number; territories: number; domains: number };

type AllianceFigures = Omit<NetworkFigures, "catalysts">;

// Alliance figures change only when an admin decides: kept a few seconds per instance in
// the published-results cache (they scan the register), cleared by every decision; the
// catalysts count is read on each request.
const cachedFigures = publishedResultCache<AllianceFigures>(1);

function allianceFigures(): Promise<AllianceFigures> {
  return cachedFigures("figures", countAllianceFigures);
}

async function countAllianceFigures(): Promise<AllianceFigures> {
  // Distinct départements and domains: each known code is probed through an index, rather
  // than unnesting every alliance.
  const departements = listDepartements().map((d) => d.code);
  const [row] = await db.$queryRaw<{ alliances: bigint; territories: bigint; domains: bigint }[]>`
    SELECT
      (SELECT count(*) FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED') AS alliances,
      (SELECT count(*) FROM unnest(${departements}::text[]) AS d(code)
        WHERE EXISTS (SELECT 1 FROM "Alliance" a WHERE a."publicationStatus" = 'PUBLISHED' AND a."departement" = d.code)) AS territories,
      (SELECT count(*) FROM "Domain" d
        WHERE EXISTS (SELECT 1 FROM "Alliance" a WHERE a."publicationStatus" = 'PUBLISHED' AND a."domainCodes" @> ARRAY[d.code])) AS domains`;
  return { alliances: Number(row?.alliances ?? 0), territories: Number(row?.territories ?? 0), domains: Number(row?.domains ?? 0) };
}

export async function getNetworkFigures(): Promise<NetworkFigures> {
  const [figures, catalysts] = await Promise.all([allianceFigures(), db.user.count({ where: { role: "CATALYST", suspendedAt: null } })]);
  return { ...figures, catalysts };
}
