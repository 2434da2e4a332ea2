// Admins run the network: roles, suspension (signed out at once), invitations, the audit
// log and its export; and every admin server action refuses other roles.
import crypto from "node:crypto";
import { test, expect, createUser, loginAs, sql } from "./fixtures";
import type { Browser } from "@playwright/test";

async function adminPage(browser: Browser) {
  const admin = await createUser("ADMIN", "gestion");
  const context = await browser.newContext();
  await loginAs(context, admin.email);
  return { admin, page: await context.newPage() };
}

test("an admin makes a member catalyst; the member reaches /espace at once", async ({ browser, page, context }) => {
  const member = await createUser("MEMBER", "promue");
  await loginAs(context, member.email);
  expect((await page.goto("/espace"))?.status()).toBe(403);

  const { page: admin } = await adminPage(browser);
  await admin.goto(`/admin/utilisateurs?q=${encodeURIComponent(member.email)}`);
  const row = admin.getByTestId("user-row").filter({ hasText: member.email });
  await row.getByLabel(/^Rôle de/).selectOption("CATALYST");
  await row.getByRole("button", { name: "Changer le rôle" }).click();
  await expect(row.getByRole("status")).toHaveText("Rôle modifié.");

  expect((await page.goto("/espace"))?.status()).toBe(200);
});

test("a suspended user is signed out at their next request and told why when asking for a link", async ({ browser, page, context }) => {
  const member = await createUser("MEMBER", "suspendue");
  await loginAs(context, member.email);
  await page.goto("/alliances");
  await expect(page.getByTestId("current-user")).toBeVisible();

  const { page: admin } = await adminPage(browser);
  await admin.goto(`/admin/utilisateurs?q=${encodeURIComponent(member.email)}`);
  const row = admin.getByTestId("user-row").filter({ hasText: member.email });
  await row.getByText("Suspendre…").click();
  await row.getByLabel(/^Motif de la suspension/).fill("Messages abusifs aux catalyseurs.");
  await row.getByRole("button", { name: "Suspendre le compte" }).click();
  await expect(row.getByTestId("suspended")).toContainText("Messages abusifs aux catalyseurs.");

  await page.goto("/alliances");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByText("Ce compte est suspendu")).toBeVisible();
});

test("an invitation link from the outbox makes a catalyst", async ({ browser, page }) => {
  const { page: admin } = await adminPage(browser);
  const email = `invitee-${crypto.randomBytes(4).toString("hex")}@essaim.test`;
  await admin.goto("/admin/utilisateurs");
  await admin.getByTestId("invite-form").getByLabel("Adresse e-mail").fill(email);
  await admin.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(admin.getByTestId("invite-form").getByRole("status")).toHaveText("Invitation envoyée.");

  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(email)}`);
  await page.getByTestId("outbox-message").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Rejoindre Essaim comme catalyseur" })).toBeVisible();
  await page.getByRole("button", { name: "Accepter l'invitation" }).click();
  await expect(page.getByRole("heading", { name: "Vérifiez votre boîte mail" })).toBeVisible();
  // The sign-in link that follows lands in the workspace, as a catalyst.
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(email)}`);
  await page.getByTestId("outbox-message").first().getByRole("link").first().click();
  await expect(page.getByTestId("workspace-home")).toBeVisible();
  // Used once: the invitation link no longer works.
  const [row] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "User" WHERE email = $1 AND role = 'CATALYST'`, [email]);
  expect(row?.n).toBe("1");
});

test("the audit log filters by action and exports CSV", async ({ browser }) => {
  const { admin, page } = await adminPage(browser);
  const member = await createUser("MEMBER", "journal");
  await page.goto(`/admin/utilisateurs?q=${encodeURIComponent(member.email)}`);
  const row = page.getByTestId("user-row").filter({ hasText: member.email });
  await row.getByLabel(/^Rôle de/).selectOption("CATALYST");
  await row.getByRole("button", { name: "Changer le rôle" }).click();
  await expect(row.getByRole("status")).toHaveText("Rôle modifié.");

  await page.goto("/admin/journal");
  await page.getByLabel("Acteur (nom ou e-mail)").fill(admin.email);
  await page.getByLabel(/^Action/).fill("user.");
  await page.getByRole("button", { name: "Filtrer" }).click();
  const entry = page.getByTestId("journal-entry").first();
  await expect(entry).toContainText("Rôle modifié");
  await expect(entry).toContainText(member.email);
  // Bad filters are explained next to the field.
  await page.goto("/admin/journal?du=2026-02-30");
  await expect(page.getByText("Cette date n'existe pas.")).toBeVisible();

  const response = await page.request.get(`/admin/journal/export?acteur=${encodeURIComponent(admin.email)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = await response.text();
  expect(text.split("\r\n")[0]).toContain("date;acteur;");
  expect(text).toContain(`;user.role.change;User;${member.id};${member.email};`);
  expect((await page.request.get("/admin/journal/export?du=pas-une-date")).status()).toBe(400);
});

test("the journal export is refused to members and catalysts", async ({ browser }) => {
  for (const role of ["MEMBER", "CATALYST"] as const) {
    const user = await createUser(role, "export");
    const context = await browser.newContext();
    await loginAs(context, user.email);
    const response = await context.request.get("/admin/journal/export");
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain("date;acteur");
    await context.close();
  }
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/admin/journal/export")).status()).toBe(401);
  await anonymous.close();
});

test("every admin server action posted by a catalyst is refused and writes nothing", async ({ browser }) => {
  // The admin forms, read without JavaScript (their action references are in hidden fields).
  const admin = await createUser("ADMIN", "lecteur");
  const victim = await createUser("MEMBER", "victime");
  const [pending] = await sql<{ id: string }>(`SELECT id FROM "Alliance" WHERE "reviewStatus" = 'PENDING' LIMIT 1`);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await loginAs(noJs, admin.email);
  const reader = await noJs.newPage();
  const forms: { path: string; fields: [string, string][] }[] = [];
  for (const path of [`/admin/utilisateurs?q=${encodeURIComponent(victim.email)}`, "/admin/signalements", `/admin/moderation/${pending!.id}`]) {
    await reader.goto(path);
    const found = await reader.locator("form").evaluateAll((elements) =>
      elements
        .map((form) =>
          [...form.querySelectorAll("input, select, textarea")]
            .filter((input) => (input as HTMLInputElement).name && (input as HTMLInputElement).type !== "checkbox")
            .map((input) => {
              const { name, value } = input as HTMLInputElement;
              // Forged values that would pass validation: an escalation to admin, a long reason.
              return [name, name === "role" ? "ADMIN" : name === "email" ? "forge@essaim.test" : value || "Motif suffisamment long pour passer."] as [string, string];
            }),
        )
        .filter((fields) => fields.some(([name]) => name.startsWith("$ACTION"))),
    );
    for (const fields of found) forms.push({ path, fields });
  }
  // Invite, role and suspension for the victim; three per report; approve and reject.
  expect(forms.length).toBeGreaterThanOrEqual(5);
  const origin = new URL(reader.url()).origin;
  const audited = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog"`))[0]?.n);
  const before = await audited();

  const catalyst = await createUser("CATALYST", "faussaire");
  const forger = await browser.newContext();
  await loginAs(forger, catalyst.email);
  for (const form of forms) {
    const response = await forger.request.post(form.path, { headers: { Origin: origin }, multipart: Object.fromEntries(form.fields) });
    expect(response.status()).toBeLessThan(500);
  }
  // Every admin action audits what it does: nothing was written, the victim is untouched.
  expect(await audited()).toBe(before);
  expect((await sql<{ role: string; suspendedAt: Date | null }>(`SELECT role, "suspendedAt" FROM "User" WHERE id = $1`, [victim.id]))[0]).toEqual({ role: "MEMBER", suspendedAt: null });

  // Control: the very same role form posted by the admin does change the role.
  const roleForm = forms.find((form) => form.fields.some(([name]) => name === "role"))!;
  await noJs.request.post(roleForm.path, { headers: { Origin: origin }, multipart: Object.fromEntries(roleForm.fields) });
  expect((await sql<{ role: string }>(`SELECT role FROM "User" WHERE id = $1`, [victim.id]))[0]?.role).toBe("ADMIN");
  await Promise.all([noJs.close(), forger.close()]);
});
