// Every role-gated page is refused to lower roles, on the server.
import { test, expect, createUser, loginAs, sql } from "./fixtures";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";

const GATED = [
  { path: "/espace", minimum: "CATALYST", heading: "Mon espace", marker: "workspace-home" },
  { path: "/admin", minimum: "ADMIN", heading: "Administration", marker: "admin-home" },
  { path: "/admin/moderation", minimum: "ADMIN", heading: "Modération", marker: "moderation-queue" },
  { path: "/admin/signalements", minimum: "ADMIN", heading: "Signalements", marker: "reports-page" },
  { path: "/admin/utilisateurs", minimum: "ADMIN", heading: "Utilisateurs", marker: "users-page" },
  { path: "/admin/journal", minimum: "ADMIN", heading: "Journal d'audit", marker: "journal-page" },
  { path: "/admin/impact", minimum: "ADMIN", heading: "Catalogue d'impact", marker: "catalogue-page" },
] as const;
const RANK = { MEMBER: 1, CATALYST: 2, ADMIN: 3 } as const;

for (const gate of GATED) {
  test(`${gate.path}: a visitor is sent to sign in`, async ({ page }) => {
    const response = await page.goto(gate.path);
    await expect(page).toHaveURL(new RegExp(`/connexion\\?callbackUrl=${encodeURIComponent(gate.path).replace(/\//g, "%2F")}`));
    expect(response?.ok()).toBe(true);
  });

  for (const role of ["MEMBER", "CATALYST", "ADMIN"] as const) {
    const allowed = RANK[role] >= RANK[gate.minimum];
    test(`${gate.path}: a ${role.toLowerCase()} is ${allowed ? "let in" : "refused with 403"}`, async ({ page, context }) => {
      const user = await createUser(role, role.toLowerCase());
      await loginAs(context, user.email);
      const response = await page.goto(gate.path);
      if (allowed) {
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1, name: gate.heading })).toBeVisible();
      } else {
        expect(response?.status()).toBe(403);
        await expect(page.getByTestId("forbidden")).toHaveText("Accès refusé");
      }
    });
  }

  test(`${gate.path}: refused to a lower role even when asked as an RSC request`, async ({ context }) => {
    // What client-side navigation asks for: the React Server Components payload.
    const rsc = await computeCacheBustingSearchParam(undefined, undefined, undefined, undefined);
    const member = await createUser("MEMBER", "rsc");
    await loginAs(context, member.email);
    const refused = await context.request.get(`${gate.path}?_rsc=${rsc}`, { headers: { RSC: "1" }, maxRedirects: 0 });
    const body = await refused.text();
    expect(body).toContain("Accès refusé");
    expect(body).not.toContain(gate.marker);

    // The same request by the right role does carry the page (the check above can fail).
    const allowed = await createUser(gate.minimum, "rsc-ok");
    await context.clearCookies();
    await loginAs(context, allowed.email);
    const granted = await context.request.get(`${gate.path}?_rsc=${rsc}`, { headers: { RSC: "1" }, maxRedirects: 0 });
    expect(await granted.text()).toContain(gate.marker);
  });
}

test("a role change takes effect at the user's next request", async ({ page, context }) => {
  const user = await createUser("MEMBER", "promu");
  await loginAs(context, user.email);
  expect((await page.goto("/espace"))?.status()).toBe(403);
  await sql(`UPDATE "User" SET role = 'CATALYST' WHERE id = $1`, [user.id]);
  expect((await page.goto("/espace"))?.status()).toBe(200);
  await sql(`UPDATE "User" SET role = 'MEMBER' WHERE id = $1`, [user.id]);
  expect((await page.goto("/espace"))?.status()).toBe(403);
});
