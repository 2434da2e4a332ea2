// Impact people can see and show: the /impact map's data against the database, the
// territory page of Vienne, Silver Geek's report (print and PDF) with visibility, and the
// funding list's mechanism filter.
import fs from "node:fs";
import { ACCOUNTS, expect, loginAs, sql, test } from "./fixtures";

/** The text of a PDF, lines joined by spaces (pdf.js, as a reader would extract it). */
async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/` }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? " " : "");
    text += " ";
  }
  return text.replace(/\s+/g, " ");
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const PRIVATE_AMOUNT = /87[\s\u202f\u00a0.,]?654/;

test("the /impact map's data for each département equals the published alliances counted in SQL", async ({ page }) => {
  await page.goto("/impact");
  const rows = await page.getByTestId("map-table").locator("tbody tr").evaluateAll((els) => els.map((el) => [el.getAttribute("data-code"), el.querySelector("td")?.textContent ?? ""]));
  const counts = await sql<{ code: string; n: number }>(`SELECT departement AS code, count(*)::int AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND departement IS NOT NULL GROUP BY departement`);
  const expected = new Map(counts.map((r) => [r.code, r.n]));
  expect(rows).toHaveLength(101);
  for (const [code, shown] of rows) expect(Number((shown ?? "").replace(/\D/g, "")), `département ${code}`).toBe(expected.get(code!) ?? 0);
  // The map's links say the same (their accessible names), and lead to the territory page.
  const vienne = page.getByTestId("france-map").locator('a[data-code="86"]');
  await expect(vienne).toHaveAttribute("aria-label", `Vienne : ${expected.get("86")} alliances`);
  await vienne.click();
  await expect(page).toHaveURL(/\/territoires\/departements\/86$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vienne (86)");

  // By région: the switch keeps the page and colours régions.
  await page.goto("/impact");
  await page.getByRole("link", { name: "Par région" }).click();
  await expect(page.getByTestId("france-map")).toHaveAttribute("data-level", "regions");
  await expect(page.getByTestId("france-map").locator("a[data-code]")).toHaveCount(18);
});

test("the territory page of Vienne lists Silver Geek, its domains, and a domain without any alliance there", async ({ page }) => {
  await page.goto("/territoires/departements/86");
  await expect(page.getByTestId("territory-alliance").filter({ hasText: "Silver Geek" })).toBeVisible();
  const here = page.getByTestId("domains-here");
  for (const label of ["Vieillissement et silver économie", "Inclusion numérique", "Lien social"]) await expect(here).toContainText(label);
  const missing = page.getByTestId("domains-missing").locator("li");
  await expect(missing.first()).toBeVisible();
  const code = await missing.first().getAttribute("data-code");
  const [{ n } = { n: -1 }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND departement = '86' AND $1 = ANY("domainCodes")`, [code]);
  expect(n).toBe(0);
  const [{ elsewhere } = { elsewhere: -1 }] = await sql<{ elsewhere: number }>(`SELECT count(*)::int AS elsewhere FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND $1 = ANY("domainCodes")`, [code]);
  expect(elsewhere).toBeGreaterThan(0);
  // Its CSV carries the same list.
  const csv = await (await page.request.get("/territoires/departements/86/export")).text();
  expect(csv).toContain("alliance;Silver Geek;");
  // The alliance page links to it.
  await page.goto("/alliances/silver-geek");
  await expect(page.getByTestId("territory-links").getByRole("link", { name: /Vienne/ })).toHaveAttribute("href", "/territoires/departements/86");
  await expect(page.getByTestId("report-link")).toHaveAttribute("href", "/alliances/silver-geek/rapport");
});

test("Silver Geek's report prints and downloads as a PDF with its objective; a private amount reaches neither for a visitor", async ({ page, browser }) => {
  const [alliance] = await sql<{ id: string; objective: string; fundingVisibility: string }>(`SELECT id, objective, "fundingVisibility" FROM "Alliance" WHERE slug = 'silver-geek'`);
  const [funding] = await sql<{ id: string }>(`SELECT f.id FROM "ScalingFunding" f JOIN "ScalingPlan" p ON p.id = f."planId" WHERE p."allianceId" = $1 ORDER BY f.id LIMIT 1`, [alliance!.id]);
  await sql(`UPDATE "Alliance" SET "fundingVisibility" = 'PRIVATE' WHERE id = $1`, [alliance!.id]);
  await sql(`UPDATE "ScalingFunding" SET "amountSought" = 87654 WHERE id = $1`, [funding!.id]);
  try {
    await page.goto("/alliances/silver-geek/rapport");
    const report = page.getByTestId("impact-report");
    await expect(report).toContainText(collapse(alliance!.objective));
    await expect(report.getByTestId("report-partners")).toContainText("Fondation Macif");
    expect(await report.innerText()).not.toMatch(PRIVATE_AMOUNT);

    // Print: the site's chrome and the buttons go, the report stays; Chromium prints it to A4.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
    await expect(report).toBeVisible();
    const printed = await page.pdf({ format: "A4" });
    expect(printed.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });

    const download = page.waitForEvent("download");
    await page.getByTestId("report-pdf-link").click();
    const file = await (await download).path();
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain(collapse(alliance!.objective));
    expect(text).not.toMatch(PRIVATE_AMOUNT);

    // The same report for an admin shows it (so the visitor's checks could fail).
    const admin = await browser.newContext();
    await loginAs(admin, ACCOUNTS.admin);
    const adminPage = await admin.newPage();
    await adminPage.goto("/alliances/silver-geek/rapport");
    expect(await adminPage.getByTestId("impact-report").innerText()).toMatch(PRIVATE_AMOUNT);
    const adminPdf = await adminPage.request.get("/alliances/silver-geek/rapport/pdf");
    expect(await pdfText(await adminPdf.body())).toMatch(PRIVATE_AMOUNT);
    await admin.close();
  } finally {
    await sql(`UPDATE "ScalingFunding" SET "amountSought" = NULL WHERE id = $1`, [funding!.id]);
    await sql(`UPDATE "Alliance" SET "fundingVisibility" = $2 WHERE id = $1`, [alliance!.id, alliance!.fundingVisibility]);
  }
});

test("the funding list filtered on territorial foundations shows only such plans", async ({ page }) => {
  await page.goto("/essaimage/financements");
  await page.getByLabel("Mécanisme de financement").selectOption({ label: "Fondation territoriale" });
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/mecanisme=TERRITORIAL_FOUNDATION/);
  const plans = page.getByTestId("funding-plan");
  const [{ n } = { n: -1 }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ScalingPlan" p JOIN "Alliance" a ON a.id = p."allianceId"
     WHERE a."publicationStatus" = 'PUBLISHED' AND p.status IN ('UNDER_WAY', 'IN_PREPARATION')
       AND EXISTS (SELECT 1 FROM "ScalingFunding" f WHERE f."planId" = p.id AND f.mechanism = 'TERRITORIAL_FOUNDATION')`,
  );
  expect(n).toBeGreaterThan(0);
  await expect(page.getByTestId("funding-count")).toHaveAttribute("data-count", String(n));
  const shown = await plans.count();
  expect(shown).toBe(Math.min(n, 20));
  for (let i = 0; i < shown; i++) await expect(plans.nth(i).locator('[data-mechanism="TERRITORIAL_FOUNDATION"]')).toHaveCount(1);
});

test("a catalyst finds a « Rapport d'impact » button for a published alliance in their space", async ({ page, context }) => {
  await loginAs(context, ACCOUNTS.catalyst);
  await page.goto("/espace");
  const button = page.getByTestId("report-button").first();
  await expect(button).toContainText("Rapport d'impact");
  await button.click();
  await expect(page.getByTestId("impact-report")).toBeVisible();
});
