// The network impact tables as CSV (French spreadsheet conventions, see lib/csv.ts).
import type { NetworkImpact, ImpactTable } from "@/lib/network/impact";
import { CSV_BOM, csvLine } from "@/lib/csv";

const decimal = (value: number) => String(Math.round(value * 100) / 100).replace(".", ",");

export function impactTableCsv(table: ImpactTable, data: NetworkImpact, label: (key: string) => string): string {
  const lines: unknown[][] = (() => {
    switch (table) {
      case "registres":
        return [["registre", "alliances qui mesurent", "indicateurs", "mesures"], ...data.registers.map((r) => [label(`registers.${r.register}`), r.alliances, r.indicators, r.measurements])];
      case "indicateurs":
        return [["indicateur", "code", "registre", "unité", "agrégation", "alliances", "valeur"], ...data.indicators.map((r) => [r.name, r.code, label(`registers.${r.register}`), label(`units.${r.unit}`), label(`aggregations.${r.aggregation}`), r.alliances, decimal(r.value)])];
      case "domaines":
        return [["domaine", "alliances", "qui mesurent leur impact", "qui essaiment"], ...data.domains.map((r) => [r.label, r.alliances, r.measuring, r.scaling])];
      case "regions":
        return [["région", "alliances", "qui mesurent leur impact", "qui essaiment", "issues d'une autre"], ...data.regions.map((r) => [r.name, r.alliances, r.measuring, r.scaling, r.replicas])];
      case "essaimage":
        return [["type d'essaimage", "alliances"], ...data.scaling.map((r) => [label(`scalingKinds.${r.kind}`), r.alliances])];
      case "replications":
        return [["année", "essaimages confirmés"], ...data.replications.map((r) => [r.year, r.confirmed])];
    }
  })();
  return CSV_BOM + lines.map((cells) => csvLine(cells.map((cell) => (typeof cell === "number" ? String(cell) : cell)))).join("");
}

/** The map's table (every département, zero included) and the measurements per year, as CSV. */
export function impactExtraCsv(table: "departements" | "mesures", rows: { departements: { code: string; name: string; region: string; alliances: number }[]; measurements: { year: number; register: string; measurements: number; alliances: number }[] }, label: (key: string) => string): string {
  const lines: unknown[][] =
    table === "departements"
      ? [["code", "département", "région", "alliances"], ...rows.departements.map((r) => [r.code, r.name, r.region, r.alliances])]
      : [["année", "registre", "mesures", "alliances qui mesurent"], ...rows.measurements.map((r) => [r.year, label(`registers.${r.register}`), r.measurements, r.alliances])];
  return CSV_BOM + lines.map((cells) => csvLine(cells.map((cell) => (typeof cell === "number" ? String(cell) : cell)))).join("");
}
