// What a territory page shows, as one CSV (French spreadsheet conventions, lib/csv.ts): one
// line per item, its section first, so that a spreadsheet can filter on it.
import type { TerritoryView } from "@/lib/territories/queries";
import { CSV_BOM, csvLine } from "@/lib/csv";

export function territoryCsv(view: TerritoryView, origin: string, label: (key: string) => string): string {
  const url = (path: string) => `${origin}${path}`;
  const domain = new Map(view.domains.map((d) => [d.code, d.label]));
  const lines: unknown[][] = [["rubrique", "élément", "détail", "valeur", "lien"]];
  lines.push(["territoire", view.territory.name, view.territory.kind === "departement" ? `département ${view.territory.code}` : `région ${view.territory.code}`, view.total, url(`/territoires/${view.territory.kind === "departement" ? "departements" : "regions"}/${view.territory.code}`)]);
  for (const a of view.alliances) lines.push(["alliance", a.name, [a.communeName, a.domainCodes.map((c) => domain.get(c) ?? c).join(", ")].filter(Boolean).join(" — "), "", url(`/alliances/${a.slug}`)]);
  for (const d of view.domains) lines.push([d.here > 0 ? "domaine avec alliances" : "domaine sans alliance", d.label, d.region !== null ? `région : ${d.region} ; France : ${d.country}` : `France : ${d.country}`, d.here, ""]);
  for (const r of view.impact.registers) lines.push(["impact", label(`registers.${r.register}`), `${r.indicators} indicateurs, ${r.measurements} mesures`, r.alliances, ""]);
  for (const i of view.impact.indicators) lines.push(["indicateur", i.name, `${label(`aggregations.${i.aggregation}`)} de ${i.alliances} alliances`, String(Math.round(i.value * 100) / 100).replace(".", ","), ""]);
  for (const r of view.arrived) lines.push(["essaimage arrivé", r.replica.name, `issue de ${r.origin.name}`, r.year, url(`/alliances/${r.replica.slug}`)]);
  for (const r of view.left) lines.push(["essaimage parti", r.origin.name, `vers ${r.replica.name}`, r.year, url(`/alliances/${r.origin.slug}`)]);
  for (const c of view.catalysts) lines.push(["catalyseur", c.name, c.communeName ?? "", "", url(`/catalyseurs/${c.id}`)]);
  for (const a of view.outside) lines.push(["alliance proche hors territoire", a.name, a.communeName ?? "", String(a.km).replace(".", ","), url(`/alliances/${a.slug}`)]);
  return CSV_BOM + lines.map((cells) => csvLine(cells.map((cell) => (typeof cell === "number" ? String(cell) : cell)))).join("");
}
