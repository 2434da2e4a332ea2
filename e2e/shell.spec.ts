// The shell: home figures equal the database, French 404, health, database outage.
import { test, expect, sql } from "./fixtures";

test("home page figures match the database", async ({ page }) => {
  const [expected] = await sql<{ alliances: string; catalysts: string; territories: string; domains: string }>(`
    SELECT
      (SELECT count(*) FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED') AS alliances,
      (SELECT count(*) FROM "User" WHERE role = 'CATALYST' AND "suspendedAt" IS NULL) AS catalysts,
      (SELECT count(DISTINCT departement) FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND departement IS NOT NULL) AS territories,
      (SELECT count(DISTINCT d) FROM "Alliance", unnest("domainCodes") d WHERE "publicationStatus" = 'PUBLISHED') AS domains`);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const key of ["alliances", "catalysts", "territories", "domains"] as const) {
    const value = Number(expected?.[key]);
    expect(value).toBeGreaterThan(0);
    await expect(page.getByTestId(`figure-${key}`).locator("dd")).toHaveAttribute("data-value", String(value));
  }
  // The seeded network is the size the demo promises.
  expect(Number(expected?.alliances)).toBeGreaterThanOrEqual(300);
  expect(Number(expected?.catalysts)).toBeGreaterThanOrEqual(200);
});

test("the skip link leads keyboard users to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("#contenu")).toBeFocused();
});

test("an unknown route shows a French 404", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});

test("an address with an encoded NUL character gets a French 400, on pages and on APIs", async ({ request }) => {
  for (const path of ["/alliances?q=seniors%00", "/alliances/%00", "/catalyseurs/%00", "/impact/export?tableau=registres&q=%00"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("caractère nul");
  }
  const api = await request.get("/api/communes?q=Poi%00");
  expect(api.status()).toBe(400);
  expect((await api.json()).error).toContain("caractère nul");
});

test("health answers 200 with the database status", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("while the database is unreachable pages answer 503 in French, and the app recovers by itself", async ({ page, request }) => {
  const control = process.env.E2E_FAULT_CONTROL_URL;
  expect(control, "scripts/e2e.ts provides the fault relay").toBeTruthy();
  try {
    await fetch(`${control}/down`);
    await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 15_000 }).toBe(503);
    // Within half a second of the cut a request may still reach a page (French error page, no trace).
    await expect.poll(async () => (await request.get("/")).status(), { timeout: 15_000 }).toBe(503);
    const response = await page.goto("/");
    expect(response?.status()).toBe(503);
    await expect(page.getByRole("heading", { name: "Service momentanément indisponible" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Error:");
  } finally {
    await fetch(`${control}/up`);
  }
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 20_000 }).toBe(200);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("figure-alliances")).toBeVisible();
});

test("the footer switches the interface to English and back to French", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multiply territorial alliances, and prove their impact");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multiplier les alliances territoriales, et prouver leur impact");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
