// An alliance's impact report: one document to hand a funder or an elected official, built
// from its published record with the reader's visibility (network fields for signed-in
// members, private ones for the alliance's catalysts and admins). The page and the PDF
// both read this.
import "server-only";
import { findPublishedAlliance, type PublicView, type Viewer } from "@/lib/alliances/public";
import { loadImpact, type ImpactView, type IndicatorView } from "@/lib/impact/service";
import { getLineage, type LineageNode } from "@/lib/replications/service";
import { networkMedians, type CatalogueMedian } from "@/lib/network/impact-geo";
import { canSee } from "@/lib/alliances/visibility";

export type ReportIndicator = IndicatorView & { latest: { value: number; date: string } | null; median: CatalogueMedian | null };

export type ImpactReport = {
  alliance: PublicView;
  registers: { register: "PERFORMANCE" | "INNOVATION" | "TRUST"; indicators: ReportIndicator[]; evidence: ImpactView["evidence"] }[];
  lineage: { origins: LineageNode[]; replicas: LineageNode[] } | null;
  /** Which restricted field groups this reader sees (the document says so). */
  restricted: { funding: "NETWORK" | "PRIVATE" | null; contact: "NETWORK" | "PRIVATE" | null };
  generatedAt: Date;
};

export type ReportLookup = { kind: "found"; report: ImpactReport } | { kind: "moved"; slug: string } | { kind: "missing" };

const REGISTERS = ["PERFORMANCE", "INNOVATION", "TRUST"] as const;

/** The path from the topmost origin down to this alliance, and its replicas (all levels). */
function splitLineage(root: LineageNode | null): ImpactReport["lineage"] {
  if (!root) return null;
  const origins: LineageNode[] = [];
  let current: LineageNode | null = null;
  const walk = (node: LineageNode, path: LineageNode[]): boolean => {
    if (node.current) {
      origins.push(...path);
      current = node;
      return true;
    }
    return node.children.some((child) => walk(child, [...path, node]));
  };
  walk(root, []);
  const replicas: LineageNode[] = [];
  const collect = (node: LineageNode) => node.children.forEach((child) => (replicas.push(child), collect(child)));
  if (current) collect(current);
  return { origins, replicas };
}

export async function loadImpactReport(slug: string, viewer: Viewer): Promise<ReportLookup> {
  const lookup = await findPublishedAlliance(slug, viewer);
  if (lookup.kind !== "found") return lookup;
  const { alliance } = lookup;
  const [impact, lineage] = await Promise.all([loadImpact(alliance.id), getLineage(alliance.id)]);
  const medians = await networkMedians(impact.indicators.map((i) => i.catalogueCode).filter((code): code is string => code !== null));
  const indicators: ReportIndicator[] = impact.indicators.map((i) => {
    const last = i.measurements.at(-1);
    return { ...i, latest: last ? { value: last.value, date: last.measuredOn } : null, median: medians.find((m) => m.code === i.catalogueCode && m.unit === i.unit) ?? null };
  });
  const restrictedLevel = (visibility: string) => (visibility === "PUBLIC" ? null : canSee(visibility as "NETWORK" | "PRIVATE", viewer, alliance.viewerIsEditor) ? (visibility as "NETWORK" | "PRIVATE") : null);
  return {
    kind: "found",
    report: {
      alliance,
      registers: REGISTERS.map((register) => ({ register, indicators: indicators.filter((i) => i.register === register), evidence: impact.evidence.filter((e) => e.register === register) })),
      lineage: splitLineage(lineage),
      restricted: { funding: restrictedLevel(alliance.fundingVisibility), contact: alliance.contact ? restrictedLevel(alliance.contactVisibility) : null },
      generatedAt: new Date(),
    },
  };
}
