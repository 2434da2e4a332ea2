// Scaling plans under way or in preparation that seek funding, for funders and local
// authorities: filtered by mechanism, domain and territory (where the alliance is, or where
// the plan aims to spread). Amounts follow the alliance's funding visibility for the reader.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { listDepartements } from "@/lib/geo/communes";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";
import { canSee, type Viewer } from "@/lib/alliances/visibility";
import { FUNDING_PAGE_SIZE, type FundingQuery } from "@/lib/validation/funding";

export type FundingPlan = {
  id: string;
  title: string;
  kind: string;
  status: string;
  description: string;
  alliance: { slug: string; name: string; communeName: string | null; departement: string | null; region: string | null; domainCodes: string[] };
  targets: { level: string; code: string; label: string }[];
  funding: { mechanism: string; amountSought: number | null; amountObtained: number | null; note: string | null }[];
  amountsHidden: boolean;
};

export type FundingList = { plans: FundingPlan[]; total: number; page: number; pageCount: number };

function conditions(query: FundingQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`a."publicationStatus" = 'PUBLISHED'`,
    Prisma.sql`p.status IN ('UNDER_WAY', 'IN_PREPARATION')`,
    query.mecanisme
      ? Prisma.sql`EXISTS (SELECT 1 FROM "ScalingFunding" f WHERE f."planId" = p.id AND f.mechanism = ${query.mecanisme}::"FundingMechanism")`
      : Prisma.sql`EXISTS (SELECT 1 FROM "ScalingFunding" f WHERE f."planId" = p.id)`,
  ];
  if (query.domaine) parts.push(Prisma.sql`(a."domainCodes" @> ARRAY[${query.domaine}]::text[] OR EXISTS (SELECT 1 FROM "ScalingTarget" t WHERE t."planId" = p.id AND t.level = 'DOMAIN' AND t.code = ${query.domaine}))`);
  if (query.departement) {
    parts.push(Prisma.sql`(a.departement = ${query.departement} OR EXISTS (SELECT 1 FROM "ScalingTarget" t WHERE t."planId" = p.id AND t.level = 'DEPARTEMENT' AND t.code = ${query.departement}))`);
  } else if (query.region) {
    // A région is targeted directly or through one of its départements.
    const departements = listDepartements().filter((d) => d.region === query.region).map((d) => d.code);
    parts.push(Prisma.sql`(a.region = ${query.region} OR EXISTS (SELECT 1 FROM "ScalingTarget" t WHERE t."planId" = p.id AND ((t.level = 'REGION' AND t.code = ${query.region}) OR (t.level = 'DEPARTEMENT' AND t.code = ANY(${departements})))))`);
  }
  return Prisma.join(parts, " AND ");
}

export async function listFundingPlans(query: FundingQuery, viewer: Viewer): Promise<FundingList> {
  const page = query.page ?? 1;
  const where = conditions(query);
  const [rows, total] = await Promise.all([
    db.$queryRaw<{ id: string; allianceId: string; fundingVisibility: "PUBLIC" | "NETWORK" | "PRIVATE" }[]>`
      SELECT p.id, p."allianceId", a."fundingVisibility"::text AS "fundingVisibility"
      FROM "ScalingPlan" p JOIN "Alliance" a ON a.id = p."allianceId"
      WHERE ${where}
      ORDER BY CASE p.status WHEN 'UNDER_WAY' THEN 0 ELSE 1 END, a."publishedAt" DESC, p.position, p.id
      LIMIT ${FUNDING_PAGE_SIZE} OFFSET ${(page - 1) * FUNDING_PAGE_SIZE}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ScalingPlan" p JOIN "Alliance" a ON a.id = p."allianceId" WHERE ${where}`,
  ]);
  const ids = rows.map((r) => r.id);
  const [plans, editorOf] = await Promise.all([
    db.scalingPlan.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        description: true,
        alliance: { select: { slug: true, name: true, communeName: true, departement: true, region: true, domainCodes: true } },
        targets: { select: { level: true, code: true, label: true } },
        funding: { select: { mechanism: true, amountSought: true, amountObtained: true, note: true } },
      },
    }),
    viewer ? db.allianceEditor.findMany({ where: { userId: viewer.id, allianceId: { in: rows.map((r) => r.allianceId) }, ...ACTIVE_EDITOR }, select: { allianceId: true } }) : Promise.resolve([]),
  ]);
  const editing = new Set(editorOf.map((e) => e.allianceId));
  const byId = new Map(plans.map((p) => [p.id, p]));
  const count = Number(total[0]?.n ?? 0);
  return {
    plans: rows.flatMap((row) => {
      const plan = byId.get(row.id);
      if (!plan) return [];
      const visible = canSee(row.fundingVisibility, viewer, editing.has(row.allianceId));
      return [
        {
          ...plan,
          kind: String(plan.kind),
          status: String(plan.status),
          funding: plan.funding.map((f) => ({ mechanism: String(f.mechanism), note: f.note, amountSought: visible && f.amountSought !== null ? Number(f.amountSought) : null, amountObtained: visible && f.amountObtained !== null ? Number(f.amountObtained) : null })),
          amountsHidden: !visible && plan.funding.some((f) => f.amountSought !== null || f.amountObtained !== null),
        },
      ];
    }),
    total: count,
    page,
    pageCount: Math.max(1, Math.ceil(count / FUNDING_PAGE_SIZE)),
  };
}
