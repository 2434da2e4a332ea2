// A catalyst records three measurements of a trust indicator: the alliance page charts
// them against the baseline and the target, with the same figures in a table. A negative
// count is refused next to the field.
import crypto from "node:crypto";
import { test, expect, createUser, loginAs, sql, completeDraft, submitFromEditor, approveInUi } from "./fixtures";

test("three measurements of a trust indicator are charted against the target", async ({ browser, page }) => {
  const catalyst = await createUser("CATALYST", "mesureuse");
  const admin = await createUser("ADMIN", "valideuse");
  const name = `Alliance qui mesure ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  const catalystContext = await browser.newContext();
  await loginAs(catalystContext, catalyst.email);
  const workspace = await catalystContext.newPage();
  await submitFromEditor(workspace, id);
  const adminContext = await browser.newContext();
  await loginAs(adminContext, admin.email);
  await approveInUi(await adminContext.newPage(), name);

  await workspace.goto(`/espace/alliances/${id}/modifier`);
  await workspace.getByRole("main").getByRole("link", { name: "Impact", exact: true }).click();
  const add = workspace.getByTestId("add-indicator");
  await add.getByLabel("Nom de l'indicateur").fill("Confiance entre partenaires (enquête annuelle)");
  await add.getByLabel("Registre").selectOption({ label: "Confiance entre acteurs" });
  await add.getByLabel("Unité").selectOption({ label: "Note de 1 à 5" });
  await add.getByLabel("Valeur de référence").fill("2,5");
  await add.getByLabel("Date de référence").fill("2024-01-01");
  await add.getByLabel("Valeur cible").fill("4");
  await add.getByLabel("Échéance de la cible").fill("2027-12-31");
  await add.getByRole("button", { name: "Ajouter l'indicateur" }).click();
  const indicator = workspace.getByTestId("workspace-indicator").filter({ hasText: "Confiance entre partenaires" });
  await expect(indicator).toBeVisible();

  const measurements: [string, string][] = [["3", "2024-09-15"], ["3,4", "2025-09-15"], ["3,7", "2026-09-15"]];
  for (const [value, day] of measurements) {
    const form = indicator.getByTestId("measurement-form");
    await form.getByLabel(/^Valeur mesurée/).fill(value);
    await form.getByLabel("Date de la mesure").fill(day);
    await form.getByLabel("Source").fill("Enquête annuelle des partenaires");
    await form.getByRole("button", { name: "Enregistrer la mesure" }).click();
    await expect(indicator.getByText(`${day} :`)).toBeVisible();
  }

  const [row] = await sql<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE id = $1`, [id]);
  await page.goto(`/alliances/${row!.slug}`);
  const card = page.getByTestId("indicator").filter({ hasText: "Confiance entre partenaires" });
  const chart = card.getByTestId("indicator-chart");
  await expect(chart).toHaveAttribute("aria-label", /3 mesures, la dernière à 3,7 \/5, cible 4 \/5/);
  expect(await chart.getByTestId("chart-point").evaluateAll((points) => points.map((p) => Number(p.getAttribute("data-value"))))).toEqual([3, 3.4, 3.7]);
  await expect(chart.getByTestId("chart-target")).toContainText("Cible 4");
  await expect(chart.getByTestId("chart-baseline")).toContainText("Référence 2,5");
  await expect(card.getByTestId("progress")).toHaveText("80 % du chemin vers la cible");
  await expect(card.getByTestId("measurement-row")).toHaveCount(3);
  await expect(card.getByTestId("measurement-row").nth(2)).toContainText("3,7");
  await Promise.all([catalystContext.close(), adminContext.close()]);
});

test("a negative count is refused with a French message and nothing is recorded", async ({ browser }) => {
  const catalyst = await createUser("CATALYST", "compteuse");
  const id = await completeDraft(catalyst.id, `Alliance qui compte ${crypto.randomBytes(3).toString("hex")}`);
  const context = await browser.newContext();
  await loginAs(context, catalyst.email);
  const page = await context.newPage();
  await page.goto(`/espace/alliances/${id}/impact`);
  const add = page.getByTestId("add-indicator");
  await add.getByLabel("Nom de l'indicateur").fill("Personnes accompagnées");
  await add.getByLabel("Registre").selectOption({ label: "Performance des organisations" });
  await add.getByLabel("Unité").selectOption({ label: "Nombre" });
  await add.getByRole("button", { name: "Ajouter l'indicateur" }).click();
  const form = page.getByTestId("workspace-indicator").getByTestId("measurement-form");
  await form.getByLabel(/^Valeur mesurée/).fill("-12");
  await form.getByLabel("Date de la mesure").fill("2025-05-01");
  await form.getByLabel("Source").fill("Registre des accompagnements");
  await form.getByRole("button", { name: "Enregistrer la mesure" }).click();
  await expect(form.getByText(/entier positif ou nul/).first()).toBeVisible();
  expect((await sql<{ n: string }>(`SELECT count(*) AS n FROM "ImpactMeasurement" m JOIN "ImpactIndicator" i ON i.id = m."indicatorId" WHERE i."allianceId" = $1`, [id]))[0]?.n).toBe("0");
  await context.close();
});
