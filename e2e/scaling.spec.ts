// A catalyst adds a geographic scaling plan with two target départements and a milestone;
// once approved, the public page shows it with its timeline. A milestone before the
// plan's start is refused next to the field.
import crypto from "node:crypto";
import { test, expect, createUser, loginAs, sql, completeDraft, submitFromEditor, approveInUi } from "./fixtures";

test("a geographic scaling plan with two départements and a milestone is approved and shows publicly", async ({ browser, page }) => {
  const catalyst = await createUser("CATALYST", "essaimeuse");
  const admin = await createUser("ADMIN", "relectrice");
  const name = `Alliance qui essaime ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  const catalystContext = await browser.newContext();
  await loginAs(catalystContext, catalyst.email);
  const editor = await catalystContext.newPage();

  await editor.goto(`/espace/alliances/${id}/modifier`);
  await editor.getByRole("navigation", { name: "Étapes" }).getByRole("link", { name: /Essaimage/ }).click();
  await editor.getByRole("link", { name: "Ajouter un plan d'essaimage" }).click();
  const plan = editor.getByTestId("plan-form");
  await plan.getByLabel("Type d'essaimage").selectOption({ label: "Géographique" });
  await plan.getByLabel("Intitulé du plan").fill("Essaimer en Charente et Charente-Maritime");
  await plan.getByLabel("Date de début du plan").fill("2026-01-01");
  await plan.getByLabel("Départements visés").selectOption(["16", "17"]);
  await plan.getByLabel("Étape 1", { exact: true }).fill("Première réunion des partenaires à Angoulême");
  // A milestone before the plan starts is refused, nothing is saved.
  await plan.getByLabel("Échéance de l'étape 1").fill("2025-12-01");
  await plan.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(plan.getByText("Une étape ne peut pas être prévue avant le début du plan.").first()).toBeVisible();
  expect((await sql<{ n: number }>(`SELECT coalesce(jsonb_array_length(draft->'scalingPlans'), 0) AS n FROM "Alliance" WHERE id = $1`, [id]))[0]?.n).toBe(0);

  await plan.getByLabel("Échéance de l'étape 1").fill("2026-03-15");
  await plan.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Plan enregistré" })).toBeVisible();
  await expect(editor.getByTestId("plan-list")).toContainText("Essaimer en Charente et Charente-Maritime");

  await submitFromEditor(editor, id);
  const adminContext = await browser.newContext();
  await loginAs(adminContext, admin.email);
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`/admin/moderation/${id}`);
  await expect(adminPage.getByText(/Essaimer en Charente et Charente-Maritime/).first()).toBeVisible();
  await approveInUi(adminPage, name);

  const [row] = await sql<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE id = $1`, [id]);
  await page.goto(`/alliances/${row!.slug}`);
  const published = page.getByTestId("scaling-plan").filter({ hasText: "Essaimer en Charente et Charente-Maritime" });
  await expect(published).toContainText("Géographique");
  await expect(published.getByTestId("plan-targets")).toHaveText("Charente, Charente-Maritime");
  await expect(published.getByTestId("plan-timeline")).toContainText("15 mars 2026 — Première réunion des partenaires à Angoulême (à venir)");
  await Promise.all([catalystContext.close(), adminContext.close()]);
});
