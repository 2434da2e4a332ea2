// The public register: search that ignores accents, filters, shareable URLs, alliance page.
import { test, expect, sql } from "./fixtures";

test("a visitor finds Silver Geek by searching « numerique seniors »", async ({ page }) => {
  await page.goto("/alliances");
  await page.getByLabel("Rechercher", { exact: true }).fill("numerique seniors");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/alliances\?q=numerique\+seniors/);
  const results = page.getByTestId("alliance-card");
  await expect(results.first()).toBeVisible();
  const names = (await results.locator("h3").allTextContents()).map((name) => name.trim());
  expect(names.slice(0, 5)).toContain("Silver Geek");
  const count = Number(await page.getByTestId("result-count").getAttribute("data-count"));
  expect(count).toBeGreaterThan(0);
});

test("a visitor finds Silver Geek by filtering on its région, and the URL can be shared", async ({ page }) => {
  const [silverGeek] = await sql<{ region: string }>(`SELECT region FROM "Alliance" WHERE slug = 'silver-geek'`);
  expect(silverGeek?.region).toBe("75");
  await page.goto("/alliances");
  await page.getByLabel("Région").selectOption({ label: "Nouvelle-Aquitaine" });
  await page.getByLabel("Trier par").selectOption({ label: "Nom" });
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/region=75/);
  const [expected] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND region = '75'`);
  await expect(page.getByTestId("result-count")).toHaveAttribute("data-count", String(expected?.n));
  // Shared URL: the same search opens directly.
  await page.goto("/alliances?region=75&q=silver");
  await expect(page.getByTestId("alliance-card").first()).toContainText("Silver Geek");
});

test("word forms and typos: « handicapés » and a misspelt name still find alliances", async ({ page }) => {
  await page.goto("/alliances?q=handicap%C3%A9s");
  expect(Number(await page.getByTestId("result-count").getAttribute("data-count"))).toBeGreaterThan(0);
  await page.goto("/alliances?q=Silvr+Gek");
  await expect(page.getByTestId("alliance-card").first()).toContainText("Silver Geek");
});

test("an empty result gets a French empty state with suggestions", async ({ page }) => {
  await page.goto("/alliances?q=zzzzqqqq+introuvable");
  await expect(page.getByTestId("result-count")).toHaveAttribute("data-count", "0");
  await expect(page.getByText("Aucune alliance ne correspond à cette recherche")).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir toutes les alliances" })).toBeVisible();
});

test("the alliance page shows its public record, metadata, and old slugs redirect", async ({ page, request }) => {
  await page.goto("/alliances/silver-geek");
  await expect(page.getByRole("heading", { level: 1, name: "Silver Geek" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Objectif commun" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Partenaires", exact: true })).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Silver Geek");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd.name).toBe("Silver Geek");

  const [alliance] = await sql<{ id: string }>(`SELECT id FROM "Alliance" WHERE slug = 'silver-geek'`);
  await sql(`INSERT INTO "AllianceSlug" (slug, "allianceId") VALUES ('ancien-nom-silver-geek', $1) ON CONFLICT DO NOTHING`, [alliance?.id]);
  const response = await request.get("/alliances/ancien-nom-silver-geek", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toMatch(/\/alliances\/silver-geek$/);
});

test("an unpublished alliance is not public", async ({ page }) => {
  const [draft] = await sql<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE "publicationStatus" = 'UNPUBLISHED' LIMIT 1`);
  expect(draft).toBeTruthy();
  const response = await page.goto(`/alliances/${draft?.slug}`);
  expect(response?.status()).toBe(404);
});

test("a published alliance with changes waiting for review still shows its published version", async ({ page }) => {
  const [pending] = await sql<{ slug: string; summary: string; proposed: string }>(
    `SELECT slug, summary, draft->>'summary' AS proposed FROM "Alliance"
     WHERE "publicationStatus" = 'PUBLISHED' AND "reviewStatus" = 'PENDING' AND summary <> draft->>'summary' LIMIT 1`,
  );
  expect(pending, "the demo data has an alliance with changes pending").toBeTruthy();
  await page.goto(`/alliances/${pending!.slug}`);
  await expect(page.getByText(pending!.summary, { exact: true })).toBeVisible();
  await expect(page.getByText(pending!.proposed, { exact: true })).toHaveCount(0);
});
