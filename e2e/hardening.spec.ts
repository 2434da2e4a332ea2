// Issue 14's findings, each as the request that found it: sign-in limits through Auth.js's own
// endpoint, open redirect after sign-in, malformed percent-encoding in a path, security
// headers (CSP with a nonce), what /api/auth/session hands page scripts, forged action calls.
import fs from "node:fs";
import path from "node:path";
import { test, expect, createUser, loginAs, sql, ACCOUNTS } from "./fixtures";

test.describe("sign-in", () => {
  test("Auth.js's own sign-in endpoint sends no link: every link goes through the /connexion limits", async ({ request }) => {
    const user = await createUser("MEMBER", "direct");
    const csrf = await request.get("/api/auth/csrf");
    const token = csrf.ok() ? ((await csrf.json()) as { csrfToken?: string }).csrfToken : undefined;
    for (let i = 0; i < 8; i++) {
      const response = await request.post("/api/auth/signin/nodemailer", {
        form: { email: user.email, csrfToken: token ?? "", callbackUrl: "/" },
        maxRedirects: 0,
      });
      expect(response.status()).toBeLessThan(500);
    }
    for (let i = 0; i < 3; i++) {
      await request.post("/api/auth/signin/nodemailer", { form: { email: `autre-${i}-${user.email}`, csrfToken: token ?? "", callbackUrl: "/" }, maxRedirects: 0 });
    }
    expect(await sql(`SELECT 1 FROM "MailMessage" WHERE "to" LIKE $1`, [`%${user.email}`])).toHaveLength(0);
  });

  test("signed in, a callbackUrl that a browser reads as another site sends home; odd characters never give a 500", async ({ context, request }) => {
    const user = await createUser("MEMBER", "redirige");
    await loginAs(context, user.email);
    const cookies = await context.cookies();
    const headers = { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
    for (const target of ["%2F%09%2Fevil.test", "%2F%5Cevil.test", "%2F%2Fevil.test", "https%3A%2F%2Fevil.test%2F"]) {
      const response = await request.get(`/connexion?callbackUrl=${target}`, { headers, maxRedirects: 0 });
      expect(response.status(), target).toBe(307);
      expect(response.headers()["location"], target).toBe("/");
    }
    for (const target of ["%2Fa%0Ab", "%2F%E3%80%82evil.test"]) {
      const response = await request.get(`/connexion?callbackUrl=${target}`, { headers, maxRedirects: 0 });
      expect(response.status(), target).toBe(307);
      const location = response.headers()["location"] ?? "";
      expect(location, target).toMatch(/^\/[^/\\]/);
      expect(location, target).not.toContain("evil.test/");
    }
  });

  test("in Chromium, the tab trick does not leave the site", async ({ page, context }) => {
    const user = await createUser("MEMBER", "onglet");
    await loginAs(context, user.email);
    await page.goto("/connexion?callbackUrl=%2F%09%2Fevil.test");
    expect(new URL(page.url()).hostname).toBe("localhost");
  });

  test("/api/auth/session gives page scripts a name and a role, no token and no user row", async ({ context, page }) => {
    const user = await createUser("CATALYST", "session");
    await sql(`UPDATE "User" SET lat = 46.58, lng = 0.34, "suspendedReason" = 'ancienne note', "emailVerified" = now() WHERE id = $1`, [user.id]);
    await loginAs(context, user.email);
    const response = await page.request.get("/api/auth/session");
    expect(response.status()).toBe(200);
    const text = await response.text();
    const session = JSON.parse(text) as { user: Record<string, unknown> };
    expect(session.user).toEqual({ name: "E2E session", role: "CATALYST" });
    const [stored] = await sql<{ sessionToken: string }>(`SELECT "sessionToken" FROM "Session" WHERE "userId" = $1`, [user.id]);
    for (const secret of [stored!.sessionToken, "sessionToken", "suspendedReason", "lat", "emailVerified", user.email]) expect(text).not.toContain(secret);
  });
});

test.describe("malformed addresses", () => {
  const paths = [
    "/alliances/%E9",
    "/alliances/%C3%28",
    "/catalyseurs/%FF",
    "/invitation/%E9",
    "/espace/alliances/%E9/modifier",
    "/espace/alliances/%E9/impact",
    "/espace/alliances/%E9/filiation",
    "/espace/demandes/%E9",
    "/mes-demandes/%E9",
    "/admin/moderation/%E9",
  ];

  test("a path segment that is not UTF-8 gets the French 400 page, for visitors and for admins", async ({ request, context }) => {
    for (const target of paths) {
      const response = await request.get(target);
      expect(response.status(), target).toBe(400);
      expect(response.headers()["content-type"], target).toContain("text/html");
      expect(await response.text(), target).toContain("Adresse invalide");
    }
    await loginAs(context, ACCOUNTS.admin);
    const cookies = await context.cookies();
    const headers = { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
    for (const target of paths) expect((await request.get(target, { headers })).status(), target).toBe(400);
    const api = await request.get("/api/organisations/%E9");
    expect(api.status()).toBe(400);
    expect(api.headers()["content-type"]).toContain("application/json");
  });
});

test.describe("security headers", () => {
  test("pages carry a CSP with a fresh nonce on every script, and refuse to be framed", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/");
      const csp = response.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      for (const directive of ["'strict-dynamic'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2);
  });

  test("routes under /embed/ may be framed by any site", async ({ request }) => {
    const response = await request.get("/embed/carte-inexistante");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(response.headers()["x-frame-options"]).toBeUndefined();
  });

  test("the answers the server writes itself (400) carry the security headers too", async ({ request }) => {
    for (const target of ["/alliances/%00", "/alliances/%E9", "/api/communes?q=%00"]) {
      const response = await request.get(target);
      expect(response.status(), target).toBe(400);
      expect(response.headers()["content-security-policy"], target).toContain("frame-ancestors 'none'");
      expect(response.headers()["x-frame-options"], target).toBe("DENY");
      expect(response.headers()["x-content-type-options"], target).toBe("nosniff");
    }
  });

  test("pages with maps and forms work under the policy in Chromium: no violation reported", async ({ page, context }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    const [published] = await sql<{ slug: string }>(`SELECT slug FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' AND lat IS NOT NULL ORDER BY name LIMIT 1`);
    await page.goto(`/alliances/${published!.slug}`);
    await expect(page.getByTestId("map-preview")).toBeVisible();
    await page.goto("/trouver-un-pair?commune=86194&rayon=50");
    await expect(page.locator(".leaflet-container").first()).toBeVisible();
    await expect(page.locator(".leaflet-marker-pane, .leaflet-overlay-pane").first()).toBeAttached();
    await page.goto("/reseau/essaimage");
    await expect(page.locator(".leaflet-container").first()).toBeVisible();
    await loginAs(context, ACCOUNTS.catalyst);
    await page.goto("/espace");
    await expect(page.getByRole("heading", { name: "Mon espace" })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

/** The id Next gave a server action, read from the build's manifest. */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === name && entry.filename?.replace(/\\/g, "/").endsWith(file)) return id;
  }
  throw new Error(`no action ${name} in ${file}`);
}

test.describe("forged server-action calls", () => {
  const actions = [
    { file: "app/(public)/connexion/actions.ts", name: "requestMagicLinkAction", page: "/connexion" },
    { file: "app/(catalyst)/espace/demandes/[id]/actions.ts", name: "replyAsCatalystAction", page: "/espace/demandes/x" },
    { file: "app/(catalyst)/espace/demandes/[id]/actions.ts", name: "setRequestStatusAction", page: "/espace/demandes/x" },
    { file: "app/(member)/mes-demandes/[id]/actions.ts", name: "replyAsRequesterAction", page: "/mes-demandes/x" },
  ];

  for (const action of actions) {
    test(`${action.name} given arguments that are not a form is refused cleanly`, async ({ request, context }) => {
      const id = actionId(action.file, action.name);
      await loginAs(context, ACCOUNTS.admin);
      const cookies = await context.cookies();
      const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      for (const headers of [{}, { cookie }] as Record<string, string>[]) {
        const response = await request.post(action.page, {
          headers: { ...headers, "Next-Action": id, Accept: "text/x-component", Origin: new URL(process.env.E2E_BASE_URL ?? "http://localhost:3000").origin },
          multipart: { "0": "[null,{}]" },
          maxRedirects: 0,
        });
        const body = await response.text();
        expect(response.status(), body.slice(0, 300)).toBeLessThan(500);
        expect(body).not.toMatch(/TypeError|\bat .+\(.+:\d+:\d+\)/);
        expect(body).toContain("INVALID_INPUT");
      }
    });
  }
});
