// Live figures of the network, shown on the home page.
import "server-only";
import { db } from "@/lib/db";

export type NetworkFigures = { alliances: number; catalysts: number; territories: number; domains: number };

export async function getNetworkFigures(): Promise<NetworkFigures> {
  const [row] = await db.$queryRaw<{ alliances: bigint; territories: bigint; domains: bigint; catalysts: bigint }[]>`
    SELECT
      (SELECT count(*) FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED') AS alliances,
      (SELECT count(DISTINCT "departement") FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND "departement" IS NOT NULL) AS territories,
      (SELECT count(DISTINCT code) FROM "Alliance", unnest("domainCodes") AS code WHERE "publicationStatus" = 'PUBLISHED') AS domains,
      (SELECT count(*) FROM "User" WHERE "role" = 'CATALYST' AND "suspendedAt" IS NULL) AS catalysts`;
  return {
    alliances: Number(row?.alliances ?? 0),
    catalysts: Number(row?.catalysts ?? 0),
    territories: Number(row?.territories ?? 0),
    domains: Number(row?.domains ?? 0),
  };
}
