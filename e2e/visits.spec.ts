// "Ask to visit": a member writes to an alliance's catalysts, who get the e-mail, answer
// in Essaim, and the member reads the answer; the daily limit and a blocked sender get
// their messages; an alliance that does not welcome visits offers no form; a thread is
// 404 for outsiders, and their forged server actions change nothing.
import crypto from "node:crypto";
import { test, expect, createUser, loginAs, sql } from "./fixtures";
import type { Browser, Page } from "@playwright/test";

/** A published alliance edited by `editorId`, made in the database. */
async function publishedAlliance(editorId: string, options: { welcomesVisits?: boolean } = {}) {
  const suffix = crypto.randomBytes(5).toString("hex");
  const id = `e2e_visit_${suffix}`;
  const slug = `e2e-visite-${suffix}`;
  const name = `Alliance visitable ${suffix}`;
  await sql(
    `INSERT INTO "Alliance" (id, slug, name, draft, "createdById", "updatedAt", "publicationStatus", "publishedAt", "firstPublishedAt", summary, objective, "welcomesVisits")
     VALUES ($1, $2, $3, $4, $5, now(), 'PUBLISHED', now(), now(), $6, $7, $8)`,
    [id, slug, name, JSON.stringify({ name }), editorId, "Des entreprises et des associations réunies pour l'emploi.", "Accompagner 50 personnes vers l'emploi d'ici 2027.", options.welcomesVisits ?? true],
  );
  await sql(`INSERT INTO "AllianceEditor" ("allianceId", "userId", "isOwner") VALUES ($1, $2, true)`, [id, editorId]);
  return { id, slug, name };
}

async function signedIn(browser: Browser, role: "MEMBER" | "CATALYST", label: string) {
  const user = await createUser(role, label);
  const context = await browser.newContext();
  await loginAs(context, user.email);
  return { ...user, page: await context.newPage() };
}

const WISHES = "Comprendre comment vous avez réuni le club d'entreprises et la ville autour d'un objectif commun.";

async function askToVisit(page: Page, slug: string, wishes = WISHES) {
  await page.goto(`/alliances/${slug}`);
  const form = page.getByTestId("visit-form");
  await form.getByLabel("Qui êtes-vous ?").fill("Chargée de mission dans une intercommunalité, je prépare une alliance pour l'emploi.");
  await form.getByLabel("Votre territoire").fill("Communauté de communes du Haut-Poitou");
  await form.getByLabel("Ce que vous souhaitez voir ou apprendre").fill(wishes);
  await form.getByLabel("Vos disponibilités").fill("Les mardis de mars");
  await form.getByRole("button", { name: "Envoyer ma demande" }).click();
}

test("a member asks to visit, the catalyst gets the e-mail and answers, the member reads the answer", async ({ browser, page }) => {
  const catalyst = await signedIn(browser, "CATALYST", "accueillante");
  const member = await signedIn(browser, "MEMBER", "visiteuse");
  const alliance = await publishedAlliance(catalyst.id);

  await askToVisit(member.page, alliance.slug);
  await expect(member.page.getByRole("status").filter({ hasText: "Votre demande est envoyée" })).toBeVisible();
  await expect(member.page).toHaveURL(/\/mes-demandes\/[^/?]+\?envoyee=1$/);
  const requestUrl = new URL(member.page.url()).pathname;
  const requestId = requestUrl.split("/").pop()!;

  // The catalysts' e-mail: the request, a link to the thread, never the sender's address.
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(catalyst.email)}`);
  const mail = page.getByTestId("outbox-message").filter({ hasText: `Demande de visite pour « ${alliance.name} »` });
  await expect(mail).toContainText(WISHES);
  await expect(mail).toContainText(`/espace/demandes/${requestId}`);
  await expect(mail).not.toContainText(member.email);

  // The workspace counts it; the inbox lists it; the catalyst answers and shares an address.
  await catalyst.page.goto("/espace");
  await expect(catalyst.page.getByTestId("inbox-new-count")).toHaveText("1 nouvelle");
  await catalyst.page.getByTestId("inbox-link").click();
  const item = catalyst.page.getByTestId("inbox-item").filter({ hasText: alliance.name });
  await expect(item.getByTestId("awaits")).toBeVisible();
  await item.getByRole("link").click();
  await expect(catalyst.page.getByTestId("thread-message").first()).toContainText(WISHES);
  await expect(catalyst.page.getByTestId("catalyst-thread")).not.toContainText(member.email);
  await catalyst.page.getByLabel("Votre message").fill("Avec plaisir : venez le mardi 10 mars à 14 h, nous vous présenterons le club.");
  await catalyst.page.getByLabel("Partager mon adresse e-mail").check();
  await catalyst.page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(catalyst.page.getByRole("status").filter({ hasText: "Message envoyé" })).toBeVisible();
  await expect(catalyst.page.getByTestId("request-status").first()).toHaveText("Répondue");
  await catalyst.page.getByLabel("État", { exact: true }).selectOption({ label: "Visite prévue" });
  await catalyst.page.getByRole("button", { name: "Enregistrer l'état" }).click();
  await expect(catalyst.page.getByRole("status").filter({ hasText: "L'état de la demande est enregistré." })).toBeVisible();
  await expect(catalyst.page.getByTestId("request-status").first()).toHaveText("Visite prévue");

  // The member is told by e-mail and reads the answer, with the shared address, in their space.
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(member.email)}`);
  await expect(page.getByTestId("outbox-message").filter({ hasText: "Réponse à votre demande de visite" })).toContainText("venez le mardi 10 mars");
  await member.page.goto("/");
  await member.page.getByRole("link", { name: "Mes demandes", exact: true }).click();
  const mine = member.page.getByTestId("my-request").filter({ hasText: alliance.name });
  await expect(mine.getByTestId("awaits")).toHaveText("Nouvelle réponse");
  await expect(mine.getByTestId("request-status")).toHaveText("Visite prévue");
  await mine.getByRole("link").click();
  const answer = member.page.getByTestId("thread-message").filter({ hasText: "venez le mardi 10 mars" });
  await expect(answer).toContainText("catalyseur de l'alliance");
  await expect(answer.getByTestId("shared-email")).toHaveText(`Adresse e-mail partagée : ${catalyst.email}`);
  // The alliance page now points to the open request instead of offering a second one.
  await member.page.goto(`/alliances/${alliance.slug}`);
  await expect(member.page.getByTestId("visit-form")).toHaveCount(0);
  await expect(member.page.getByTestId("visit-open").getByRole("link", { name: "Voir ma demande" })).toHaveAttribute("href", requestUrl);
});

test("the daily limit and a blocked sender each get their message; the catalyst lifts the block from the inbox", async ({ browser }) => {
  const catalyst = await signedIn(browser, "CATALYST", "bloqueuse");
  const member = await signedIn(browser, "MEMBER", "insistant");
  const first = await publishedAlliance(catalyst.id);

  // Blocked: the catalyst blocks the sender from the thread, after reading what it does.
  await askToVisit(member.page, first.slug);
  await expect(member.page).toHaveURL(/\/mes-demandes\//);
  const requestId = new URL(member.page.url()).pathname.split("/").pop()!;
  await catalyst.page.goto(`/espace/demandes/${requestId}`);
  await catalyst.page.getByText("Bloquer cet expéditeur", { exact: true }).click();
  await expect(catalyst.page.getByTestId("block-form")).toContainText("ne saura pas qui l'a bloquée");
  await catalyst.page.getByRole("button", { name: "Bloquer définitivement cet expéditeur" }).click();
  await expect(catalyst.page.getByRole("status").filter({ hasText: "L'expéditeur est bloqué" })).toBeVisible();
  await expect(catalyst.page.getByTestId("request-status").first()).toHaveText("Close");

  await member.page.reload();
  await expect(member.page.getByTestId("request-status").first()).toHaveText("Close");
  await askToVisit(member.page, first.slug, "Je voudrais tout de même venir voir votre alliance.");
  await expect(member.page.getByTestId("form-error")).toContainText("ne reçoivent plus vos messages");
  await expect(member.page.getByTestId("form-error")).not.toContainText(catalyst.email);

  // The catalyst finds the people they blocked in their inbox, and lifts the block there.
  await catalyst.page.goto("/espace/demandes");
  const blocked = catalyst.page.getByTestId("blocked-sender");
  await expect(blocked).toHaveCount(1);
  await expect(blocked).toContainText("E2E insistant");
  await blocked.getByRole("button", { name: "Débloquer E2E insistant" }).click();
  await expect(catalyst.page.getByRole("status").filter({ hasText: "Expéditeur débloqué" })).toBeVisible();
  await expect(catalyst.page.getByTestId("blocked-sender")).toHaveCount(0);
  expect(await sql(`SELECT 1 FROM "ContactBlock" WHERE "blockedId" = $1`, [member.id])).toHaveLength(0);

  // The daily limit: three requests already sent today (prepared in the database).
  const other = await publishedAlliance((await createUser("CATALYST", "autre")).id);
  await sql(`INSERT INTO "RateLimitBucket" (key, count, "windowEnd") VALUES ($1, 3, now() + interval '20 hours') ON CONFLICT (key) DO UPDATE SET count = 3, "windowEnd" = now() + interval '20 hours'`, [
    `visit-request:user:${member.id}`,
  ]);
  await askToVisit(member.page, other.slug);
  await expect(member.page.getByTestId("form-error")).toContainText("Vous avez atteint la limite de 3 demandes de visite par jour");
  expect((await sql(`SELECT id FROM "ContactRequest" WHERE "requesterId" = $1`, [member.id])).length).toBe(1);
});

test("an alliance that does not welcome visits says so and offers no form; visitors are asked to sign in", async ({ page, context }) => {
  const catalyst = await createUser("CATALYST", "fermee");
  const closed = await publishedAlliance(catalyst.id, { welcomesVisits: false });
  const open = await publishedAlliance(catalyst.id);

  await page.goto(`/alliances/${open.slug}`);
  await expect(page.getByTestId("visit-section").getByRole("link", { name: "Connectez-vous pour demander à visiter cette alliance." })).toBeVisible();
  await expect(page.getByTestId("visit-form")).toHaveCount(0);

  const member = await createUser("MEMBER", "curieux");
  await loginAs(context, member.email);
  await page.goto(`/alliances/${closed.slug}`);
  await expect(page.getByTestId("visit-closed")).toHaveText("Cette alliance n'accueille pas de visites pour le moment : elle ne reçoit pas de demandes.");
  await expect(page.getByTestId("visit-form")).toHaveCount(0);
});

test("a thread is 404 for outsiders, and a server action they post directly changes nothing", async ({ browser }) => {
  const catalyst = await signedIn(browser, "CATALYST", "proprietaire");
  const member = await signedIn(browser, "MEMBER", "demandeur");
  const alliance = await publishedAlliance(catalyst.id);
  await askToVisit(member.page, alliance.slug);
  await expect(member.page).toHaveURL(/\/mes-demandes\//);
  const requestId = new URL(member.page.url()).pathname.split("/").pop()!;

  const outsiderCatalyst = await signedIn(browser, "CATALYST", "tiers");
  const outsiderMember = await signedIn(browser, "MEMBER", "curieuse");
  expect((await outsiderCatalyst.page.goto(`/espace/demandes/${requestId}`))?.status()).toBe(404);
  expect((await outsiderCatalyst.page.goto(`/mes-demandes/${requestId}`))?.status()).toBe(404);
  expect((await outsiderMember.page.goto(`/mes-demandes/${requestId}`))?.status()).toBe(404);
  // The requester reads it in their space, not in the catalysts' inbox.
  expect((await member.page.goto(`/espace/demandes/${requestId}`))?.status()).toBe(403);

  // The status and reply forms' action references, read from the catalyst's page without JavaScript.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await loginAs(noJs, catalyst.email);
  const editorPage = await noJs.newPage();
  await editorPage.goto(`/espace/demandes/${requestId}`);
  const formFields = (testId: string) =>
    editorPage.getByTestId(testId).evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([key, value]) => [key, String(value)] as [string, string]));
  const statusFields = Object.fromEntries(await formFields("status-form"));
  const replyFields = Object.fromEntries(await formFields("reply-form"));
  expect(Object.keys(statusFields).some((key) => key.startsWith("$ACTION"))).toBe(true);
  const origin = new URL(editorPage.url()).origin;
  const forgedStatus = { ...statusFields, status: "CLOSED" };
  const forgedReply = { ...replyFields, body: "Message glissé par quelqu'un d'autre." };

  const state = async () =>
    (await sql<{ status: string; messages: string }>(`SELECT status, (SELECT count(*) FROM "ContactMessage" m WHERE m."requestId" = r.id)::text AS messages FROM "ContactRequest" r WHERE id = $1`, [requestId]))[0];
  for (const outsider of [outsiderCatalyst, outsiderMember]) {
    for (const body of [forgedStatus, forgedReply]) {
      const response = await outsider.page.context().request.post(`/espace/demandes/${requestId}`, { headers: { Origin: origin }, multipart: body });
      expect(response.status()).toBeLessThan(500);
    }
  }
  expect(await state()).toEqual({ status: "NEW", messages: "1" });

  // Control: the same posts by the catalyst do take effect.
  await noJs.request.post(`/espace/demandes/${requestId}`, { headers: { Origin: origin }, multipart: forgedReply });
  await noJs.request.post(`/espace/demandes/${requestId}`, { headers: { Origin: origin }, multipart: forgedStatus });
  expect(await state()).toEqual({ status: "CLOSED", messages: "2" });
  await noJs.close();
});
