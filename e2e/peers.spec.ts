// Newcomers find a peer near them: nearest first with distances, a list that stands
// alone, a map that keeps its markers when tiles fail, geolocation refusal explained.
import { test, expect } from "./fixtures";

test("a newcomer in Charenton-le-Pont sees « Agir ensemble à Charenton – Saint-Maurice » first", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Trouver un pair" }).click();
  const place = page.getByRole("combobox", { name: "Votre commune" });
  await place.fill("Charenton");
  await expect(page.getByRole("option").first()).toContainText("Charenton-le-Pont");
  await place.press("ArrowDown");
  await place.press("Enter");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/commune=94018/);
  const first = page.getByTestId("peer").first();
  await expect(first.getByRole("heading")).toHaveText("Agir ensemble à Charenton – Saint-Maurice");
  await expect(first.getByTestId("peer-distance")).toHaveText(/^\d+(,\d)?\s(m|km)$/);
  await expect(page.getByTestId("peers-count")).toContainText("à moins de 50 km de Charenton-le-Pont");
  // The map shows the same results (markers are drawn even without tiles).
  await expect(page.getByTestId("peers-map").locator("path.leaflet-interactive").first()).toBeVisible();
});

test("a newcomer in Poitiers caring about ageing finds Silver Geek among the first three", async ({ page }) => {
  await page.goto("/trouver-un-pair?commune=86194&domaine=AGEING");
  const names = await page.getByTestId("peer").getByRole("heading").allTextContents();
  expect(names.slice(0, 3)).toContain("Silver Geek");
  // Distances come nearest first.
  const distances = (await page.getByTestId("peer-distance").allTextContents()).map((text) => {
    const value = Number(text.replace(/\s/g, "").replace(",", ".").replace(/(k?m)$/, ""));
    return text.trim().endsWith("km") ? value : value / 1000;
  });
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
});

test("the list works without JavaScript, from a typed place name", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/trouver-un-pair?lieu=Poitiers&rayon=25");
  await expect(page).toHaveURL(/commune=86194/);
  await expect(page.getByTestId("peer").first()).toBeVisible();
  await expect(page.getByTestId("peer").filter({ hasText: "Silver Geek" })).toHaveCount(1);
  await context.close();
});

test("nothing within the radius: it says so and shows the nearest anyway", async ({ page }) => {
  // Ouessant, an island far from everything, with a 10 km radius.
  await page.goto("/trouver-un-pair?commune=29155&rayon=10");
  await expect(page.getByTestId("peers-count")).toHaveText(/Aucune alliance à moins de 10 km/);
  await expect(page.getByText("Voici les plus proches, un peu plus loin")).toBeVisible();
  await expect(page.getByTestId("peer").first()).toBeVisible();
});

test("refused geolocation gets a French message", async ({ browser }) => {
  const context = await browser.newContext({ permissions: [] });
  const page = await context.newPage();
  await page.goto("/trouver-un-pair");
  await page.getByRole("button", { name: "Utiliser ma position" }).click();
  await expect(page.getByTestId("geolocation-error")).toHaveText(/indiquez plutôt votre commune/);
  await context.close();
});

test("granted geolocation searches around the browser's position", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["geolocation"], geolocation: { latitude: 46.5802, longitude: 0.3404 } });
  const page = await context.newPage();
  await page.goto("/trouver-un-pair?domaine=AGEING");
  await page.getByRole("button", { name: "Utiliser ma position" }).click();
  await expect(page).toHaveURL(/lat=46\.58/);
  await expect(page).toHaveURL(/domaine=AGEING/);
  await expect(page.getByTestId("peer").filter({ hasText: "Silver Geek" })).toHaveCount(1);
  await context.close();
});

test("catalysts near me: only public profiles, linked to their page", async ({ page }) => {
  await page.goto("/trouver-un-pair?commune=86194&quoi=catalyseurs&rayon=200");
  const first = page.getByTestId("peer").first();
  await expect(first).toBeVisible();
  await first.getByRole("link").click();
  await expect(page.getByTestId("catalyst-profile")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("@");
});
