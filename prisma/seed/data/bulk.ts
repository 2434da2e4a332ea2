// Fast, set-based inserts for the seed: each batch of rows travels as ONE jsonb parameter and
// is expanded by jsonb_to_recordset() on the server — one statement per table and batch,
// a handful of bound parameters whatever the batch size, no per-row ORM work.
// Table and column names come from the constant specs below (never from input); values are
// always bound parameters ($executeRaw tagged template).
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedColumns, type PartnerInfo } from "@/lib/alliances/projection";
import type { AllianceDraft } from "@/lib/validation/alliance";

/** Anything with $executeRaw: the client or an interactive transaction. */
export type RawExecutor = { $executeRaw: (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => Prisma.PrismaPromise<number> };

type ColumnSpec = readonly (readonly [string, string])[];

const TS = "timestamp(3)";

export const COLUMNS = {
  Alliance: [
    ["id", "text"], ["slug", "text"], ["publicationStatus", `"PublicationStatus"`], ["reviewStatus", `"ReviewStatus"`],
    ["draft", "jsonb"], ["draftVersion", "int"], ["draftUpdatedAt", TS], ["submittedAt", TS], ["submittedById", "text"],
    ["lastRejectionReason", "text"], ["publishedAt", TS], ["firstPublishedAt", TS], ["hiddenReason", "text"], ["archivedAt", TS],
    ["name", "text"], ["summary", "text"], ["description", "text"], ["objective", "text"], ["stage", `"AllianceStage"`],
    ["startDate", "date"], ["endDate", "date"], ["legalStructure", `"LegalStructure"`], ["legalStructureDetail", "text"],
    ["funding", "jsonb"], ["fundingVisibility", `"Visibility"`], ["contactName", "text"], ["contactEmail", "text"],
    ["contactPhone", "text"], ["contactVisibility", `"Visibility"`], ["welcomesVisits", "boolean"], ["website", "text"],
    ["communeInsee", "text"], ["communeName", "text"], ["postcode", "text"], ["departement", "text"], ["region", "text"],
    ["epci", "text"], ["address", "text"], ["lat", "double precision"], ["lng", "double precision"], ["scale", `"TerritoryScale"`],
    ["coveredCommunes", "text[]"], ["coveredDepartements", "text[]"], ["coveredRegions", "text[]"], ["domainCodes", "text[]"],
    ["partnerTypes", `"PartnerType"[]`], ["scalingKinds", `"ScalingKind"[]`], ["searchText", "text"],
    ["createdAt", TS], ["createdById", "text"], ["updatedAt", TS],
  ],
  AllianceDomain: [["allianceId", "text"], ["domainCode", "text"]],
  AlliancePartner: [["allianceId", "text"], ["organisationId", "text"], ["role", `"PartnerRole"`], ["description", "text"], ["position", "int"]],
  AllianceEditor: [["allianceId", "text"], ["userId", "text"], ["isOwner", "boolean"], ["addedAt", TS]],
  AllianceDocument: [["id", "text"], ["allianceId", "text"], ["title", "text"], ["url", "text"], ["kind", `"DocumentKind"`], ["licence", "text"], ["position", "int"]],
  SuccessFactorAssessment: [["allianceId", "text"], ["factor", `"SuccessFactor"`], ["score", "int"], ["comment", "text"]],
  ScalingPlan: [
    ["id", "text"], ["allianceId", "text"], ["draftKey", "text"], ["kind", `"ScalingKind"`], ["title", "text"], ["description", "text"],
    ["status", `"ScalingStatus"`], ["startDate", "date"], ["neededResources", "text"], ["obstacles", "text"], ["position", "int"],
  ],
  ScalingTarget: [["id", "text"], ["planId", "text"], ["level", `"TargetLevel"`], ["code", "text"], ["label", "text"]],
  ScalingMilestone: [["id", "text"], ["planId", "text"], ["title", "text"], ["dueDate", "date"], ["done", "boolean"], ["doneAt", "date"], ["position", "int"]],
  ScalingFunding: [["id", "text"], ["planId", "text"], ["mechanism", `"FundingMechanism"`], ["amountSought", "numeric"], ["amountObtained", "numeric"], ["note", "text"]],
  AllianceRevision: [["id", "text"], ["allianceId", "text"], ["version", "int"], ["kind", `"RevisionKind"`], ["authorId", "text"], ["changedFields", "text[]"], ["snapshot", "jsonb"], ["createdAt", TS]],
  ModerationDecision: [["id", "text"], ["revisionId", "text"], ["adminId", "text"], ["outcome", `"DecisionOutcome"`], ["reason", "text"], ["createdAt", TS]],
  Organisation: [["id", "text"], ["name", "text"], ["normalizedName", "text"], ["type", `"PartnerType"`], ["communeInsee", "text"], ["createdAt", TS]],
} as const satisfies Record<string, ColumnSpec>;

export type TableName = keyof typeof COLUMNS;
type Row = Record<string, unknown>;

/**
 * INSERT … SELECT … FROM jsonb_to_recordset($1::jsonb): rows are sent `chunk` at a time.
 * `onConflictDoNothing` skips rows whose key already exists (idempotent reference rows).
 */
export async function bulkInsert(db: RawExecutor, table: TableName, rows: Row[], options: { chunk?: number; onConflictDoNothing?: boolean } = {}): Promise<number> {
  if (rows.length === 0) return 0;
  const spec: ColumnSpec = COLUMNS[table];
  const names = Prisma.raw(spec.map(([name]) => `"${name}"`).join(", "));
  const definitions = Prisma.raw(spec.map(([name, type]) => `"${name}" ${type}`).join(", "));
  const target = Prisma.raw(`"${table}"`);
  const conflict = Prisma.raw(options.onConflictDoNothing ? "ON CONFLICT DO NOTHING" : "");
  const chunk = options.chunk ?? 5000;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunk) {
    const json = JSON.stringify(rows.slice(start, start + chunk));
    inserted += await db.$executeRaw`INSERT INTO ${target} (${names}) SELECT ${names} FROM jsonb_to_recordset(${json}::jsonb) AS x(${definitions}) ${conflict}`;
  }
  return inserted;
}

// ───────────── Publishing alliances ─────────────

export type PublishItem = {
  id: string;
  slug: string;
  /** The approved draft: its projection fills the published columns and the relations. */
  draft: AllianceDraft;
  partnerInfo: Map<string, PartnerInfo>;
  editors: { userId: string; isOwner: boolean }[];
  publishedAt: Date;
  firstPublishedAt?: Date;
  createdAt?: Date;
  publicationStatus?: "PUBLISHED" | "HIDDEN" | "ARCHIVED";
  hiddenReason?: string;
  archivedAt?: Date;
  /** The APPROVE revision (version 1), by `adminId`, with the admin's decision when `decision` is set. */
  approval: { adminId: string | null; decision: boolean } | null;
};

const day = (iso: string | null) => iso;
const stamp = (date: Date | null | undefined) => (date ? date.toISOString() : null);

export type PublishRows = { [K in TableName]?: Row[] };

/** All the rows of published alliances, as the approval of their draft would leave them. */
export function publishRows(items: PublishItem[], domainLabels: Map<string, string>): PublishRows {
  const rows: Required<Pick<PublishRows, "Alliance" | "AllianceDomain" | "AlliancePartner" | "AllianceEditor" | "AllianceDocument" | "SuccessFactorAssessment" | "ScalingPlan" | "ScalingTarget" | "ScalingMilestone" | "ScalingFunding" | "AllianceRevision" | "ModerationDecision">> = {
    Alliance: [], AllianceDomain: [], AlliancePartner: [], AllianceEditor: [], AllianceDocument: [], SuccessFactorAssessment: [],
    ScalingPlan: [], ScalingTarget: [], ScalingMilestone: [], ScalingFunding: [], AllianceRevision: [], ModerationDecision: [],
  };
  for (const item of items) {
    const { draft, id } = item;
    const columns = publishedColumns(draft, item.partnerInfo, domainLabels);
    const published = stamp(item.publishedAt);
    const owner = item.editors.find((e) => e.isOwner)?.userId ?? item.editors[0]?.userId ?? null;
    rows.Alliance.push({
      ...columns,
      startDate: day(draft.startDate),
      endDate: day(draft.endDate),
      id,
      slug: item.slug,
      publicationStatus: item.publicationStatus ?? "PUBLISHED",
      reviewStatus: "NONE",
      draft,
      draftVersion: 1,
      draftUpdatedAt: published,
      submittedAt: null,
      submittedById: null,
      lastRejectionReason: null,
      publishedAt: published,
      firstPublishedAt: stamp(item.firstPublishedAt ?? item.publishedAt),
      hiddenReason: item.hiddenReason ?? null,
      archivedAt: stamp(item.archivedAt),
      createdAt: stamp(item.createdAt ?? item.publishedAt),
      createdById: owner,
      updatedAt: published,
    });
    for (const domainCode of draft.domainCodes) rows.AllianceDomain.push({ allianceId: id, domainCode });
    draft.partners.forEach((p, position) => rows.AlliancePartner.push({ allianceId: id, organisationId: p.organisationId, role: p.role, description: p.description || null, position }));
    for (const editor of item.editors) rows.AllianceEditor.push({ allianceId: id, userId: editor.userId, isOwner: editor.isOwner, addedAt: stamp(item.createdAt ?? item.publishedAt) });
    draft.documents.forEach((d, position) => rows.AllianceDocument.push({ id: `${id}_doc_${d.key}`, allianceId: id, title: d.title, url: d.url, kind: d.kind, licence: d.licence, position }));
    for (const s of draft.successFactors) rows.SuccessFactorAssessment.push({ allianceId: id, factor: s.factor, score: s.score, comment: s.comment || null });
    draft.scalingPlans.forEach((plan, position) => {
      const planId = `${id}_plan_${plan.key}`;
      rows.ScalingPlan.push({ id: planId, allianceId: id, draftKey: plan.key, kind: plan.kind, title: plan.title, description: plan.description, status: plan.status, startDate: plan.startDate, neededResources: plan.neededResources, obstacles: plan.obstacles, position });
      plan.targets.forEach((t) => rows.ScalingTarget.push({ id: `${planId}_t_${t.level}_${t.code}`, planId, level: t.level, code: t.code, label: t.label || domainLabels.get(t.code) || t.code }));
      plan.milestones.forEach((m, k) => rows.ScalingMilestone.push({ id: `${planId}_m_${m.key}`, planId, title: m.title, dueDate: m.dueDate, done: m.done, doneAt: m.done ? m.dueDate : null, position: k }));
      plan.funding.forEach((f, k) => rows.ScalingFunding.push({ id: `${planId}_f${k}`, planId, mechanism: f.mechanism, amountSought: f.amountSought, amountObtained: f.amountObtained, note: f.note || null }));
    });
    if (item.approval) {
      const revisionId = `${id}_rev_1`;
      rows.AllianceRevision.push({ id: revisionId, allianceId: id, version: 1, kind: "APPROVE", authorId: item.approval.adminId, changedFields: Object.keys(draft), snapshot: draft, createdAt: published });
      if (item.approval.adminId && item.approval.decision) rows.ModerationDecision.push({ id: `${revisionId}_decision`, revisionId, adminId: item.approval.adminId, outcome: "APPROVED", reason: null, createdAt: published });
    }
  }
  return rows;
}

/** Parents before children. */
const ORDER: TableName[] = ["Alliance", "AllianceDomain", "AlliancePartner", "AllianceEditor", "AllianceDocument", "SuccessFactorAssessment", "ScalingPlan", "ScalingTarget", "ScalingMilestone", "ScalingFunding", "AllianceRevision", "ModerationDecision"];

/** Inserts the rows table by table; `timings` (optional) accumulates milliseconds per table. */
export async function insertRows(db: RawExecutor, rows: PublishRows, options: { chunk?: number; timings?: Map<string, number> } = {}): Promise<void> {
  for (const table of ORDER) {
    const list = rows[table];
    if (!list?.length) continue;
    const started = performance.now();
    await bulkInsert(db, table, list, { chunk: options.chunk });
    options.timings?.set(table, (options.timings.get(table) ?? 0) + performance.now() - started);
  }
}
