// A catalyst logs an alliance in the browser: draft, resume, complete, submit; conflicts;
// refusals for other catalysts and members, including forged server-action calls.
import { test, expect, createUser, loginAs, sql } from "./fixtures";
import type { Page } from "@playwright/test";

async function openStep(page: Page, name: RegExp) {
  await page.getByRole("navigation", { name: "Étapes" }).getByRole("link", { name }).click();
}

async function allianceIdFromUrl(page: Page): Promise<string> {
  const match = /\/espace\/alliances\/([^/]+)\/modifier/.exec(page.url());
  expect(match).toBeTruthy();
  return match![1]!;
}

test("a catalyst creates an alliance, saves a draft, comes back, completes and submits it", async ({ page, context }) => {
  const catalyst = await createUser("CATALYST", "createur");
  await loginAs(context, catalyst.email);
  await page.goto("/espace");
  await page.getByRole("link", { name: "Inscrire une nouvelle alliance" }).click();
  await page.getByLabel("Nom de l'alliance").fill("Alliance numérique du Clain");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page.getByRole("heading", { name: /Modifier « Alliance numérique du Clain »/ })).toBeVisible();
  const id = await allianceIdFromUrl(page);

  // Identity, saved as a draft.
  await page.getByLabel("Résumé").fill("Des entreprises et des associations du Clain rapprochent les seniors du numérique.");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();

  // Leave, and find it in "my alliances" as a draft.
  await page.goto("/espace");
  const mine = page.getByTestId("my-alliance").filter({ hasText: "Alliance numérique du Clain" });
  await expect(mine.getByTestId("state")).toHaveText("Brouillon");
  await mine.getByRole("link", { name: /Modifier/ }).click();
  await expect(page.getByLabel("Résumé")).toHaveValue(/seniors du numérique/);

  // Objective and stage; a bad date is refused next to the field.
  await openStep(page, /Objectif et stade/);
  await page.getByLabel("Objectif commun").fill("Former 300 seniors aux usages numériques d'ici fin 2027 dans 10 communes.");
  await page.getByLabel("Date de début").fill("2024-03-01");
  await page.getByLabel(/Date de fin/).fill("2023-01-01");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.getByText("La date de fin ne peut pas précéder la date de début.").first()).toBeVisible();
  await expect(page.getByLabel("Objectif commun")).toHaveValue(/Former 300 seniors/);
  await page.getByLabel(/Date de fin/).fill("");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Territory with the commune autocomplete, by postcode, with the keyboard.
  await expect(page.getByRole("heading", { name: "Territoire", level: 2 })).toBeVisible();
  const commune = page.getByRole("combobox", { name: "Commune principale" });
  await commune.fill("86000");
  await expect(page.getByRole("option").first()).toContainText("Poitiers");
  await commune.press("ArrowDown");
  await commune.press("Enter");
  await expect(commune).toHaveValue(/Poitiers/);
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Domains.
  await expect(page.getByRole("heading", { name: "Domaines d'action", level: 2 })).toBeVisible();
  await expect(page.getByTestId("map-preview")).toHaveCount(0);
  const domainBoxes = page.getByRole("checkbox");
  await domainBoxes.first().check();
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Partners: one new company, one new association.
  await expect(page.getByRole("heading", { name: "Partenaires", level: 2 })).toBeVisible();
  for (const [name, type, role] of [
    ["Numérique Clain SARL", "Entreprise", "Pilote"],
    ["Les Aînés Connectés", "Association", "Opérateur"],
  ] as const) {
    const form = page.getByTestId("add-partner-form");
    await form.getByLabel("Nom de l'organisation").fill(name);
    await form.getByLabel("Type", { exact: true }).selectOption({ label: type });
    await form.getByLabel("Rôle").selectOption({ label: role });
    await form.getByRole("button", { name: "Ajouter ce partenaire" }).click();
    await expect(page.getByTestId("partner-list")).toContainText(name);
  }

  // Submit.
  await openStep(page, /Soumettre/);
  await expect(page.getByTestId("missing")).toHaveCount(0);
  await page.getByRole("button", { name: "Soumettre à la relecture" }).click();
  await expect(page).toHaveURL(/\/espace\?soumise=1/);
  await expect(page.getByTestId("my-alliance").filter({ hasText: "Alliance numérique du Clain" }).getByTestId("state")).toHaveText("En attente de relecture");

  const [row] = await sql<{ reviewStatus: string; publicationStatus: string; revisions: string }>(
    `SELECT "reviewStatus", "publicationStatus", (SELECT count(*) FROM "AllianceRevision" r WHERE r."allianceId" = a.id) AS revisions FROM "Alliance" a WHERE id = $1`,
    [id],
  );
  expect(row).toMatchObject({ reviewStatus: "PENDING", publicationStatus: "UNPUBLISHED" });
  expect(Number(row?.revisions)).toBeGreaterThanOrEqual(7);
  // Still not public until approved.
  expect((await page.goto("/alliances?q=Clain"))?.status()).toBe(200);
  await expect(page.getByTestId("alliance-card").filter({ hasText: "Alliance numérique du Clain" })).toHaveCount(0);
});

test("two editors saving the same alliance: the second sees the other change and loses nothing", async ({ browser }) => {
  const catalyst = await createUser("CATALYST", "conflit");
  const first = await browser.newContext();
  const second = await browser.newContext();
  await loginAs(first, catalyst.email);
  await loginAs(second, catalyst.email);
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  await pageA.goto("/espace/alliances/nouvelle");
  await pageA.getByLabel("Nom de l'alliance").fill("Alliance disputée");
  await pageA.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(pageA.getByLabel("Résumé")).toBeVisible();
  await pageB.goto(pageA.url());

  await pageA.getByLabel("Résumé").fill("Version de la première fenêtre, enregistrée d'abord.");
  await pageA.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();

  await pageB.getByLabel("Résumé").fill("Version de la seconde fenêtre, arrivée trop tard.");
  await pageB.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  const conflict = pageB.getByTestId("conflict");
  await expect(conflict).toContainText("pendant que vous la modifiiez");
  await expect(conflict.getByTestId("theirs-value").first()).toContainText("première fenêtre");
  await expect(pageB.getByLabel("Résumé")).toHaveValue(/seconde fenêtre/);

  await conflict.getByRole("button", { name: "Enregistrer ma version à la place" }).click();
  await expect(pageB.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();
  const id = /alliances\/([^/]+)\/modifier/.exec(pageB.url())![1];
  const [row] = await sql<{ draft: { summary: string }; draftVersion: number }>(`SELECT draft, "draftVersion" FROM "Alliance" WHERE id = $1`, [id]);
  expect(row?.draft.summary).toContain("seconde fenêtre");
  expect(row?.draftVersion).toBe(3);
  const revisions = await sql<{ snapshot: { summary: string } }>(`SELECT snapshot FROM "AllianceRevision" WHERE "allianceId" = $1 AND kind = 'SAVE' ORDER BY version`, [id]);
  expect(revisions.map((r) => r.snapshot.summary)).toEqual([expect.stringContaining("première"), expect.stringContaining("seconde")]);
  await first.close();
  await second.close();
});

test("another catalyst can neither open nor change an alliance they do not edit", async ({ page, context, browser }) => {
  const owner = await createUser("CATALYST", "proprietaire");
  const stranger = await createUser("CATALYST", "intrus");
  const ownerContext = await browser.newContext();
  await loginAs(ownerContext, owner.email);
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/espace/alliances/nouvelle");
  await ownerPage.getByLabel("Nom de l'alliance").fill("Alliance gardée");
  await ownerPage.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(ownerPage.getByLabel("Résumé")).toBeVisible();
  const victimId = /alliances\/([^/]+)\/modifier/.exec(ownerPage.url())![1]!;
  await ownerContext.close();

  await loginAs(context, stranger.email);
  // By id in the URL.
  const response = await page.goto(`/espace/alliances/${victimId}/modifier`);
  expect(response?.status()).toBe(404);

  // By calling the server action directly with the victim's id in a forged form.
  await page.goto("/espace/alliances/nouvelle");
  await page.getByLabel("Nom de l'alliance").fill("Alliance de l'intrus");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page.getByLabel("Résumé")).toBeVisible();
  await page.locator('input[name="allianceId"]').first().evaluate((input, value) => ((input as HTMLInputElement).value = value), victimId);
  await page.getByLabel("Nom de l'alliance").fill("Alliance volée");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByTestId("form-error")).toContainText("n'existe pas, ou vous n'en êtes pas éditeur");
  const [victim] = await sql<{ name: string; draftVersion: number }>(`SELECT draft->>'name' AS name, "draftVersion" FROM "Alliance" WHERE id = $1`, [victimId]);
  expect(victim).toEqual({ name: "Alliance gardée", draftVersion: 1 });
});

test("a member cannot create alliances, even by posting the action directly", async ({ page, context, browser }) => {
  // Read the create action's id from a catalyst's page (server action ids are per build).
  const catalyst = await createUser("CATALYST", "source");
  const catalystContext = await browser.newContext({ javaScriptEnabled: false });
  await loginAs(catalystContext, catalyst.email);
  const catalystPage = await catalystContext.newPage();
  await catalystPage.goto("/espace/alliances/nouvelle");
  // Without JavaScript the form carries the action reference in hidden fields.
  const actionFields = await catalystPage.locator('form:has(input[name="name"]) input[type="hidden"][name^="$ACTION"]').evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as [string, string]),
  );
  expect(actionFields.length).toBeGreaterThan(0);
  await catalystContext.close();

  const member = await createUser("MEMBER", "membre");
  await loginAs(context, member.email);
  expect((await page.goto("/espace/alliances/nouvelle"))?.status()).toBe(403);
  const before = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Alliance"`);
  // Same origin, as a browser would send it: Next's CSRF check must not be what refuses it.
  const origin = new URL(page.url()).origin;
  const forged = await context.request.post("/espace/alliances/nouvelle", { headers: { Origin: origin }, multipart: { ...Object.fromEntries(actionFields), name: "Alliance d'un membre" } });
  expect(forged.status()).toBeLessThan(500);
  const after = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Alliance"`);
  expect(after[0]?.n).toBe(before[0]?.n);
  expect(await sql(`SELECT 1 FROM "Alliance" WHERE draft->>'name' = 'Alliance d''un membre'`)).toHaveLength(0);

  // Control: the very same forged post by a catalyst does create (so the refusal above is real).
  const control = await browser.newContext();
  await loginAs(control, catalyst.email);
  await control.request.post("/espace/alliances/nouvelle", { headers: { Origin: origin }, multipart: { ...Object.fromEntries(actionFields), name: "Alliance d'un catalyseur par formulaire" } });
  expect(await sql(`SELECT 1 FROM "Alliance" WHERE draft->>'name' = 'Alliance d''un catalyseur par formulaire'`)).toHaveLength(1);
  await control.close();
});
