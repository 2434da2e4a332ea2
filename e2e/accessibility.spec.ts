// Automated accessibility checks (axe-core, WCAG 2.1 A and AA rules: names, labels,
// contrast, landmarks, ARIA) on the pages each role uses. A violation fails the test with
// the rule, the element and axe's explanation.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, loginAs, sql, test } from "./fixtures";

async function expectNoViolations(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  // The map's tiles come from outside (and fail offline): its container is checked, not Leaflet's internals.
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude(".leaflet-pane").exclude(".leaflet-control-container").analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(summary, path).toEqual([]);
}

test("public pages have no WCAG A/AA violations", async ({ page }) => {
  for (const path of [
    "/",
    "/alliances",
    "/alliances?q=numerique+seniors",
    "/alliances/silver-geek",
    "/trouver-un-pair",
    "/trouver-un-pair?commune=86194&domaine=AGEING",
    "/trouver-un-pair?commune=86194&quoi=catalyseurs",
    "/impact",
    "/reseau/essaimage",
    "/connexion",
    "/cette-page-n-existe-pas",
  ]) {
    await expectNoViolations(page, path);
  }
});

// Pages with a hundred map areas and long tables: axe takes its time there, so they get their own test.
test("the impact pages (map by région, territories, report, funding) have no WCAG A/AA violations", async ({ page }) => {
  for (const path of ["/impact?carte=regions", "/territoires/departements/86", "/territoires/regions/75", "/alliances/silver-geek/rapport", "/essaimage/financements?mecanisme=TERRITORIAL_FOUNDATION"]) {
    await expectNoViolations(page, path);
  }
});

test("a catalyst's workspace and every editor step have no WCAG A/AA violations", async ({ page, context }) => {
  await loginAs(context, ACCOUNTS.catalyst);
  const [alliance] = await sql<{ id: string }>(
    `SELECT a.id FROM "Alliance" a JOIN "AllianceEditor" e ON e."allianceId" = a.id JOIN "User" u ON u.id = e."userId" WHERE u.email = $1 AND a."publicationStatus" = 'PUBLISHED' ORDER BY a.name LIMIT 1`,
    [ACCOUNTS.catalyst],
  );
  const steps = ["identite", "objectif", "territoire", "domaines", "partenaires", "structure", "facteurs", "essaimage", "documents", "soumettre"];
  for (const path of ["/espace", "/espace/demandes", "/espace/profil", "/espace/alliances/nouvelle", ...steps.map((step) => `/espace/alliances/${alliance!.id}/modifier?etape=${step}`), `/espace/alliances/${alliance!.id}/impact`, `/espace/alliances/${alliance!.id}/filiation`]) {
    await expectNoViolations(page, path);
  }
});

test("admin pages and a member's requests have no WCAG A/AA violations", async ({ browser }) => {
  const admin = await browser.newContext();
  await loginAs(admin, ACCOUNTS.admin);
  const adminPage = await admin.newPage();
  for (const path of ["/admin", "/admin/moderation", "/admin/signalements", "/admin/utilisateurs", "/admin/journal", "/admin/impact"]) {
    await expectNoViolations(adminPage, path);
  }
  const [pending] = await sql<{ id: string }>(`SELECT id FROM "Alliance" WHERE "reviewStatus" = 'PENDING' ORDER BY "submittedAt" LIMIT 1`);
  await expectNoViolations(adminPage, `/admin/moderation/${pending!.id}`);
  await admin.close();

  const member = await browser.newContext();
  await loginAs(member, ACCOUNTS.member);
  await expectNoViolations(await member.newPage(), "/mes-demandes");
  await member.close();
});
