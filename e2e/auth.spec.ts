// Sign-in by magic link from the local outbox, for each role; bad links; suspension.
import { test, expect, ACCOUNTS, signInThroughOutbox, createUser, loginAs, sql } from "./fixtures";

const ROLE_LABEL = { admin: "Administrateur", catalyst: "Catalyseur", member: "Membre" } as const;

for (const role of ["member", "catalyst", "admin"] as const) {
  test(`a ${role} signs in with the magic link from the outbox, then signs out`, async ({ page }) => {
    await signInThroughOutbox(page, ACCOUNTS[role]);
    await expect(page.getByTestId("current-user")).toContainText(ROLE_LABEL[role]);
    await page.getByRole("link", { name: "Se déconnecter" }).click();
    await page.getByRole("button", { name: "Me déconnecter" }).click();
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await expect(page.getByTestId("current-user")).toHaveCount(0);
  });
}

test("an invalid e-mail gets a French message next to the field and sends nothing", async ({ page }) => {
  const before = await sql<{ n: string }>(`SELECT count(*) AS n FROM "MailMessage"`);
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "adresse e-mail valide" })).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  const after = await sql<{ n: string }>(`SELECT count(*) AS n FROM "MailMessage"`);
  expect(after[0]?.n).toBe(before[0]?.n);
});

test("a malformed or already used magic link is explained in French with a way to ask again", async ({ page }) => {
  await page.goto("/api/auth/callback/nodemailer?token=faux&email=membre%40essaim.test");
  await expect(page.getByTestId("sign-in-error")).toContainText("n'est plus valable");
  await expect(page.getByRole("link", { name: "Demander un nouveau lien" })).toHaveAttribute("href", "/connexion");
});

test("a suspended user is signed out at the next request and cannot ask for a link", async ({ page, context }) => {
  const user = await createUser("CATALYST", "suspendu");
  await loginAs(context, user.email);
  await page.goto("/espace");
  await expect(page.getByRole("heading", { name: "Mon espace" })).toBeVisible();

  await sql(`UPDATE "User" SET "suspendedAt" = now() WHERE id = $1`, [user.id]);
  await page.goto("/espace");
  await expect(page).toHaveURL(/\/connexion/);
  await expect(page.getByTestId("current-user")).toHaveCount(0);

  await page.getByLabel("Adresse e-mail").fill(user.email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByTestId("sign-in-error")).toContainText("suspendu");
  const mails = await sql(`SELECT 1 FROM "MailMessage" WHERE "to" = $1`, [user.email]);
  expect(mails).toHaveLength(0);
});

test("asking for too many links is refused with a French message, and nothing more is sent", async ({ page }) => {
  const user = await createUser("MEMBER", "presse");
  for (let i = 0; i < 5; i++) {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(user.email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("heading", { name: "Vérifiez votre boîte mail" })).toBeVisible();
  }
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(user.email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Trop de demandes de lien" })).toBeVisible();
  expect(await sql(`SELECT 1 FROM "MailMessage" WHERE "to" = $1`, [user.email])).toHaveLength(5);
});
