// The impact report follows visibility: a private amount reaches neither the page's blocks nor
// the PDF for a visitor or a member, and does for the alliance's catalyst (real database).
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { translate } from "@/lib/i18n/translate";
import { loadImpactReport } from "./impact-report";
import { buildReportDocument, type ReportDocument } from "./report-document";
import { renderReportPdf } from "./pdf";

const t = (key: string, params?: Record<string, string | number>) => translate("fr", { key, params });
const text = (doc: ReportDocument) => JSON.stringify(doc);

describe("impact report", () => {
  it("shows private amounts to the alliance's catalysts only, in the page and the PDF", async () => {
    const suffix = crypto.randomBytes(5).toString("hex");
    const alliance = await db.alliance.create({
      data: { slug: `rapport-${suffix}`, name: `Rapport ${suffix}`, draft: {}, publicationStatus: "PUBLISHED", objective: "Un objectif mesurable pour le rapport.", fundingVisibility: "PRIVATE", funding: [{ source: "Mécène local", kind: "PATRONAGE", amountEur: 76543 }] },
      select: { id: true, slug: true },
    });
    await db.scalingPlan.create({ data: { allianceId: alliance.id, draftKey: suffix, kind: "GEOGRAPHIC", title: "Essaimer", status: "UNDER_WAY", funding: { create: [{ mechanism: "TERRITORIAL_FOUNDATION", amountSought: 65432 }] } } });
    const editor = await makeUser("CATALYST", "rapporteur");
    const member = await makeUser("MEMBER", "lecteur");
    await db.allianceEditor.create({ data: { allianceId: alliance.id, userId: editor.id, isOwner: true } });

    const documentFor = async (viewer: { id: string; role: "MEMBER" | "CATALYST" } | null) => {
      const lookup = await loadImpactReport(alliance.slug, viewer);
      if (lookup.kind !== "found") throw new Error("report not found");
      return buildReportDocument(lookup.report, t, "fr", `http://essaim.test/alliances/${alliance.slug}`);
    };
    const visitor = await documentFor(null);
    const reader = await documentFor({ id: member.id, role: "MEMBER" });
    const catalyst = await documentFor({ id: editor.id, role: "CATALYST" });
    for (const doc of [visitor, reader]) {
      expect(text(doc)).toContain("Un objectif mesurable pour le rapport.");
      expect(text(doc)).not.toMatch(/65\s?432|76\s?543/);
      expect(doc.notice).toBeNull();
    }
    expect(text(catalyst)).toMatch(/65\s?432/);
    expect(text(catalyst)).toMatch(/76\s?543/);
    expect(catalyst.notice).toContain("privées");

    const pdf = await renderReportPdf(visitor, "fr-FR");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it("is missing for an alliance that is not published", async () => {
    const suffix = crypto.randomBytes(5).toString("hex");
    await db.alliance.create({ data: { slug: `brouillon-${suffix}`, name: "Brouillon", draft: {}, publicationStatus: "UNPUBLISHED" } });
    expect((await loadImpactReport(`brouillon-${suffix}`, null)).kind).toBe("missing");
  });
});
