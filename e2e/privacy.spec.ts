// People's rights from the interface: download one's data, delete one's account; an admin does
// the same on a written request; nobody else reaches an admin's user page.
import fs from "node:fs";
import { test, expect, createUser, loginAs, sql } from "./fixtures";

test("a member downloads their data from their space, then deletes their account", async ({ page, context }) => {
  const user = await createUser("MEMBER", "droits");
  await loginAs(context, user.email);
  await page.goto("/");
  await page.getByRole("link", { name: "Mes données" }).click();
  await expect(page.getByRole("heading", { name: "Mes données", exact: true })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click();
  const file = await (await download).path();
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
  expect(data["Compte"]!["Adresse e-mail"]).toBe(user.email);

  await page.getByLabel("Pour confirmer, saisissez votre adresse e-mail").fill("pas-moi@exemple.fr");
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByTestId("form-error")).toContainText("rien n'a été supprimé");
  expect((await sql(`SELECT "deletedAt" FROM "User" WHERE id = $1`, [user.id]))[0]?.deletedAt).toBeNull();

  await page.getByLabel("Pour confirmer, saisissez votre adresse e-mail").fill(user.email);
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.getByRole("heading", { name: "Compte supprimé" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  const [row] = await sql<{ email: string; publicName: string; deletedAt: Date | null }>(`SELECT email, "publicName", "deletedAt" FROM "User" WHERE id = $1`, [user.id]);
  expect(row!.email).not.toBe(user.email);
  expect(row!.deletedAt).not.toBeNull();
  expect(await sql(`SELECT 1 FROM "Session" WHERE "userId" = $1`, [user.id])).toHaveLength(0);
  await page.goto("/mon-compte");
  await expect(page).toHaveURL(/\/connexion/);
});

test("an admin exports and erases a person's data on a written request, audited; a catalyst is refused", async ({ browser }) => {
  const person = await createUser("MEMBER", "demande");
  const catalyst = await createUser("CATALYST", "curieux");
  const catalystContext = await browser.newContext();
  await loginAs(catalystContext, catalyst.email);
  const refused = await (await catalystContext.newPage()).goto(`/admin/utilisateurs/${person.id}`);
  expect(refused?.status()).toBe(403);
  const post = await catalystContext.request.post(`/admin/utilisateurs/${person.id}/export`, { form: { reference: "courriel" } });
  expect(post.status()).toBe(403);
  await catalystContext.close();

  const admin = await createUser("ADMIN", "dpo");
  const context = await browser.newContext();
  await loginAs(context, admin.email);
  const page = await context.newPage();
  await page.goto(`/admin/utilisateurs?q=${encodeURIComponent(person.email)}`);
  await page.getByTestId("user-row").filter({ hasText: person.email }).getByRole("link", { name: "Données" }).click();
  await expect(page.getByRole("heading", { name: /Données de/ })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.locator("#export-reference").fill("courriel du 1er décembre");
  await page.getByRole("button", { name: "Exporter ses données (JSON)" }).click();
  const data = JSON.parse(fs.readFileSync(await (await download).path(), "utf8")) as Record<string, Record<string, unknown>>;
  expect(data["Compte"]!["Adresse e-mail"]).toBe(person.email);
  expect(data["À propos de ce fichier"]!["Référence de la demande"]).toBe("courriel du 1er décembre");

  const form = page.getByTestId("admin-erase-form");
  await form.getByRole("button", { name: "Supprimer le compte" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await form.getByLabel("Référence de la demande écrite").fill("lettre du 28 novembre");
  await form.getByLabel("Je confirme la suppression définitive de ce compte").check();
  await form.getByRole("button", { name: "Supprimer le compte" }).click();
  await expect(page.getByTestId("already-erased")).toContainText("Ce compte a été supprimé");
  const audited = await sql<{ action: string; after: { reference: string } }>(`SELECT action, after FROM "AuditLog" WHERE "targetId" = $1 AND "actorId" = $2 ORDER BY id`, [person.id, admin.id]);
  expect(audited.map((a) => a.action)).toEqual(["privacy.export", "privacy.erase"]);
  expect(audited[1]!.after.reference).toBe("lettre du 28 novembre");
  await context.close();
});
