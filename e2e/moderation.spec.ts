// Admins moderate: a submission approved appears in the directory and its catalyst is
// told; a rejected change leaves the published version and the catalyst reads why; a
// report leads to hiding; a decision posted by a catalyst is refused.
import crypto from "node:crypto";
import { test, expect, createUser, loginAs, sql, completeDraft, submitFromEditor, approveInUi } from "./fixtures";
import type { Browser } from "@playwright/test";

/** A catalyst and an admin, each signed in in their own browser context. */
async function actors(browser: Browser) {
  const catalyst = await createUser("CATALYST", "moderee");
  const admin = await createUser("ADMIN", "moderatrice");
  const catalystContext = await browser.newContext();
  const adminContext = await browser.newContext();
  await loginAs(catalystContext, catalyst.email);
  await loginAs(adminContext, admin.email);
  return { catalyst, admin, catalystPage: await catalystContext.newPage(), adminPage: await adminContext.newPage() };
}

test("a catalyst submits, an admin approves: it is in the directory and the catalyst got the e-mail", async ({ browser, page }) => {
  const { catalyst, catalystPage, adminPage } = await actors(browser);
  const name = `Alliance jeunesse et emploi ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  await submitFromEditor(catalystPage, id);

  // The queue shows it, with the count in the admin navigation.
  await adminPage.goto("/admin/moderation");
  await expect(adminPage.getByTestId("admin-count-moderation")).toBeVisible();
  const row = adminPage.getByTestId("queue-item").filter({ hasText: name });
  await expect(row).toContainText("Nouvelle alliance");
  await row.getByRole("link", { name }).click();
  // A new alliance: the whole record as it will appear.
  await expect(adminPage.getByRole("heading", { name: "Fiche telle qu'elle sera publiée" })).toBeVisible();
  await expect(adminPage.getByText("Accompagner 80 jeunes vers un emploi durable")).toBeVisible();
  await adminPage.getByRole("button", { name: "Approuver et publier" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "la soumission est approuvée" })).toBeVisible();

  await page.goto(`/alliances?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(catalyst.email)}`);
  await expect(page.getByTestId("outbox-message").filter({ hasText: `Votre alliance « ${name} » est publiée` })).toBeVisible();
  await catalystPage.goto("/espace");
  await expect(catalystPage.getByTestId("my-alliance").filter({ hasText: name }).getByTestId("state")).toHaveText("Publiée");
});

test("an admin rejects a change: the published version stays and the catalyst reads the reason", async ({ browser, page }) => {
  const { catalyst, catalystPage, adminPage } = await actors(browser);
  const name = `Alliance publiée ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  await submitFromEditor(catalystPage, id);
  await approveInUi(adminPage, name);

  // The catalyst renames it and submits the change.
  await catalystPage.goto(`/espace/alliances/${id}/modifier?etape=identite`);
  await catalystPage.getByLabel("Nom de l'alliance").fill(`${name} renommée`);
  await catalystPage.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(catalystPage.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();
  await submitFromEditor(catalystPage, id);

  // The review shows the published and proposed names side by side.
  await adminPage.goto(`/admin/moderation/${id}`);
  const changed = adminPage.getByTestId("changed-field");
  await expect(changed).toHaveCount(1);
  await expect(changed.getByTestId("diff-before")).toHaveText(name);
  await expect(changed.getByTestId("diff-after").locator("ins")).toHaveText(" renommée");
  // A reason is required.
  await adminPage.getByRole("button", { name: "Refuser la soumission" }).click();
  await expect(adminPage.getByTestId("reject-form").getByText(/10 caractères au moins/).first()).toBeVisible();
  await adminPage.getByLabel("Motif du refus").fill("Le nom doit rester celui de la convention de partenariat.");
  await adminPage.getByRole("button", { name: "Refuser la soumission" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "la soumission est refusée" })).toBeVisible();

  const [row] = await sql<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE id = $1`, [id]);
  await page.goto(`/alliances/${row!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await catalystPage.goto("/espace");
  const mine = catalystPage.getByTestId("my-alliance").filter({ hasText: name });
  await expect(mine.getByTestId("state")).toHaveText("Refusée");
  await expect(mine.getByTestId("rejection-reason")).toContainText("Le nom doit rester celui de la convention de partenariat.");
});

test("a report leads an admin to hide the alliance; its catalyst is told why; an admin can republish it", async ({ browser, page, context }) => {
  const { catalyst, catalystPage, adminPage } = await actors(browser);
  const name = `Alliance signalée ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  await submitFromEditor(catalystPage, id);
  await approveInUi(adminPage, name);
  const [row] = await sql<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE id = $1`, [id]);

  const member = await createUser("MEMBER", "signaleur");
  await loginAs(context, member.email);
  await page.goto(`/alliances/${row!.slug}`);
  await page.getByText("Signaler cette alliance").click();
  await page.getByLabel("Raison").selectOption({ label: "L'alliance n'existe plus" });
  await page.getByLabel("Précisions (facultatif)").fill("Le site web ne répond plus et les partenaires ont quitté le projet.");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "votre signalement est transmis" })).toBeVisible();
  // Once only.
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByTestId("form-error")).toContainText("déjà signalé");

  await adminPage.goto("/admin/signalements");
  const report = adminPage.getByTestId("open-report").filter({ hasText: name });
  await expect(report).toContainText("Le site web ne répond plus");
  await report.getByLabel("Message aux catalyseurs").fill("Les partenaires confirment que l'alliance a cessé son activité.");
  await report.getByRole("button", { name: "Masquer l'alliance" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "L'alliance est masquée" })).toBeVisible();

  expect((await page.goto(`/alliances/${row!.slug}`))?.status()).toBe(404);
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(catalyst.email)}`);
  await expect(page.getByTestId("outbox-message").filter({ hasText: "n'est plus visible dans le registre" })).toContainText("cessé son activité");
  await catalystPage.goto("/espace");
  await expect(catalystPage.getByTestId("my-alliance").filter({ hasText: name }).getByTestId("hidden-reason")).toContainText("cessé son activité");

  // Hidden in error: an admin puts it back as it was published, and the catalyst is told.
  await adminPage.goto("/admin/signalements");
  const hidden = adminPage.getByTestId("hidden-alliance").filter({ hasText: name });
  await expect(hidden).toContainText("cessé son activité");
  await hidden.getByLabel("Message aux catalyseurs (facultatif)").fill("Les partenaires ont finalement relancé l'alliance.");
  await hidden.getByRole("button", { name: "Republier l'alliance" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "de nouveau publiée" })).toBeVisible();
  await expect(adminPage.getByTestId("hidden-alliance").filter({ hasText: name })).toHaveCount(0);
  expect((await page.goto(`/alliances/${row!.slug}`))?.status()).toBe(200);
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(catalyst.email)}`);
  await expect(page.getByTestId("outbox-message").filter({ hasText: "de nouveau visible" })).toContainText("relancé l'alliance");
});

test("a decision posted directly by a catalyst is refused and publishes nothing", async ({ browser }) => {
  const { catalyst, admin, catalystPage } = await actors(browser);
  const name = `Alliance convoitée ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  await submitFromEditor(catalystPage, id);

  // The approve form's action reference, read from the admin's page without JavaScript.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await loginAs(noJs, admin.email);
  const adminPage = await noJs.newPage();
  await adminPage.goto(`/admin/moderation/${id}`);
  const fields = await adminPage.locator('[data-testid="approve-form"] input[type="hidden"]').evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as [string, string]),
  );
  expect(fields.some(([key]) => key.startsWith("$ACTION"))).toBe(true);
  const origin = new URL(adminPage.url()).origin;

  // The catalyst (an editor of this very alliance) posts it: refused, nothing published.
  expect((await catalystPage.goto(`/admin/moderation/${id}`))?.status()).toBe(403);
  const forged = await catalystPage.context().request.post(`/admin/moderation/${id}`, { headers: { Origin: origin }, multipart: Object.fromEntries(fields) });
  expect(forged.status()).toBeLessThan(500);
  expect((await sql<{ publicationStatus: string }>(`SELECT "publicationStatus" FROM "Alliance" WHERE id = $1`, [id]))[0]?.publicationStatus).toBe("UNPUBLISHED");

  // Control: the same post by the admin does publish it.
  await noJs.request.post(`/admin/moderation/${id}`, { headers: { Origin: origin }, multipart: Object.fromEntries(fields) });
  expect((await sql<{ publicationStatus: string }>(`SELECT "publicationStatus" FROM "Alliance" WHERE id = $1`, [id]))[0]?.publicationStatus).toBe("PUBLISHED");
  await noJs.close();
});

test("a catalyst withdraws a submission to correct it: the admin who had it open is told, a stranger's forged withdrawal changes nothing", async ({ browser }) => {
  const { catalyst, catalystPage, adminPage } = await actors(browser);
  const name = `Alliance reprise ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  await submitFromEditor(catalystPage, id);
  await adminPage.goto(`/admin/moderation/${id}`);
  await expect(adminPage.getByRole("button", { name: "Approuver et publier" })).toBeVisible();

  // The withdraw form, read from the owner's page without JavaScript, posted by another catalyst.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await loginAs(noJs, catalyst.email);
  const ownerPage = await noJs.newPage();
  await ownerPage.goto(`/espace/alliances/${id}/modifier?etape=soumettre`);
  const fields = await ownerPage.locator('[data-testid="withdraw-form"] input[type="hidden"]').evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as [string, string]),
  );
  expect(fields.some(([key]) => key.startsWith("$ACTION"))).toBe(true);
  const origin = new URL(ownerPage.url()).origin;
  await noJs.close();
  const stranger = await createUser("CATALYST", "intruse");
  const strangerContext = await browser.newContext();
  await loginAs(strangerContext, stranger.email);
  const forged = await strangerContext.request.post(`/espace/alliances/${id}/modifier?etape=soumettre`, { headers: { Origin: origin }, multipart: Object.fromEntries(fields) });
  expect(forged.status()).toBeLessThan(500);
  expect((await sql<{ reviewStatus: string }>(`SELECT "reviewStatus" FROM "Alliance" WHERE id = $1`, [id]))[0]?.reviewStatus).toBe("PENDING");
  await strangerContext.close();

  // The owner withdraws it from the editor, and may submit again.
  await catalystPage.goto(`/espace/alliances/${id}/modifier?etape=soumettre`);
  await expect(catalystPage.getByTestId("pending-review")).toContainText("ne fait pas partie de cette soumission");
  await catalystPage.getByRole("button", { name: "Retirer la soumission" }).click();
  await expect(catalystPage.getByRole("status").filter({ hasText: "Soumission retirée" })).toBeVisible();
  await expect(catalystPage.getByRole("button", { name: "Soumettre à la relecture" })).toBeVisible();

  // The admin's open review is now stale: approving is refused, with the reason.
  await adminPage.getByRole("button", { name: "Approuver et publier" }).click();
  await expect(adminPage.getByText("Les éditeurs ont retiré cette soumission")).toBeVisible();
  expect((await sql<{ publicationStatus: string }>(`SELECT "publicationStatus" FROM "Alliance" WHERE id = $1`, [id]))[0]?.publicationStatus).toBe("UNPUBLISHED");
  await adminPage.goto("/admin/moderation");
  await expect(adminPage.getByTestId("queue-item").filter({ hasText: name })).toHaveCount(0);
});
