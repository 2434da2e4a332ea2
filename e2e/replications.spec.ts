// A replication declared by one alliance's catalyst and confirmed by the other's shows
// in both lineages and on the network map; the impact view's tables download as CSV.
import { test, expect, loginAs, sql } from "./fixtures";

test("a replication request is confirmed and appears in both alliances' lineage", async ({ browser, page }) => {
  // Two published alliances with no link yet, each with its own editor.
  const rows = await sql<{ id: string; name: string; slug: string; editor: string }>(`
    SELECT a.id, a.name, a.slug, u.email AS editor FROM "Alliance" a
    JOIN "AllianceEditor" e ON e."allianceId" = a.id AND e."isOwner" JOIN "User" u ON u.id = e."userId"
    WHERE a."publicationStatus" = 'PUBLISHED' AND a.name NOT LIKE '%(%'
      AND NOT EXISTS (SELECT 1 FROM "Replication" r WHERE a.id IN (r."originId", r."replicaId"))
    ORDER BY a."publishedAt" DESC LIMIT 20`);
  const origin = rows[0]!;
  const replica = rows.find((r) => r.editor !== origin.editor)!;

  const replicaContext = await browser.newContext();
  await loginAs(replicaContext, replica.editor);
  const replicaPage = await replicaContext.newPage();
  await replicaPage.goto(`/espace/alliances/${replica.id}/modifier`);
  await replicaPage.getByRole("link", { name: "Filiation (essaimage)" }).click();
  await replicaPage.getByLabel("Chercher l'alliance d'origine (nom)").fill(origin.name);
  await replicaPage.getByRole("button", { name: "Chercher" }).click();
  await replicaPage.getByRole("radio", { name: new RegExp(origin.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check();
  await replicaPage.getByLabel("Message à ses catalyseurs (facultatif)").fill("Nous avons repris votre kit après une visite.");
  await replicaPage.getByRole("button", { name: "Déclarer ce lien" }).click();
  await expect(replicaPage.getByRole("status")).toContainText("Lien déclaré");
  await expect(replicaPage.getByTestId("origin-row").filter({ hasText: origin.name })).toContainText("en attente de confirmation");

  // Not public before the origin confirms.
  await page.goto(`/alliances/${replica.slug}`);
  await expect(page.getByRole("heading", { name: "Filiation" })).toHaveCount(0);

  const originContext = await browser.newContext();
  await loginAs(originContext, origin.editor);
  const originPage = await originContext.newPage();
  await originPage.goto(`/espace/alliances/${origin.id}/filiation`);
  const request = originPage.getByTestId("replica-row").filter({ hasText: "Nous avons repris votre kit" });
  await request.getByRole("button", { name: "Confirmer" }).click();
  await expect(originPage.getByTestId("replica-row").filter({ hasText: replica.name })).toContainText("confirmé");

  for (const slug of [origin.slug, replica.slug]) {
    await page.goto(`/alliances/${slug}`);
    const lineage = page.getByRole("heading", { name: "Filiation" });
    await expect(lineage).toBeVisible();
    const nodes = page.getByTestId("lineage-node");
    await expect(nodes.filter({ hasText: origin.name }).first()).toBeVisible();
    await expect(nodes.filter({ hasText: replica.name }).first()).toBeVisible();
  }
  await page.goto("/reseau/essaimage");
  await expect(page.getByTestId("replication-list")).toContainText(`${origin.name} → ${replica.name}`);
  // Lines are drawn as vector paths (some are points: origin and replica in the same town).
  await expect(page.getByTestId("replications-map").locator("path.leaflet-interactive")).not.toHaveCount(0);
  await Promise.all([replicaContext.close(), originContext.close()]);
});

test("the network impact view filters like the directory and each table downloads as CSV", async ({ page }) => {
  await page.goto("/impact");
  const total = page.getByTestId("impact-total");
  await expect(total).toContainText("alliances publiées prises en compte");
  await page.getByLabel("Région", { exact: true }).selectOption({ label: "Nouvelle-Aquitaine" });
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/region=75/);
  const n = (await sql<{ n: string }>(`SELECT count(*) AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND region = '75'`))[0]!.n;
  await expect(total).toContainText(`${Number(n)} alliances publiées`);
  await expect(page.getByTestId("impact-registres").getByRole("row")).not.toHaveCount(0);
  const href = await page.getByTestId("impact-regions").getByRole("link", { name: "Télécharger en CSV" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = await response.text();
  expect(text).toContain("région;alliances;qui mesurent leur impact");
  expect(text).toContain(`Nouvelle-Aquitaine;${Number(n)};`);
  expect((await page.request.get("/impact/export?tableau=inconnu")).status()).toBe(400);
});
