// Browser-test fixtures: the run's database, demo accounts, and two ways to sign in —
// the real magic link through the local outbox, or a session made directly (faster).
import crypto from "node:crypto";
import { test as base, expect, type Page, type BrowserContext } from "@playwright/test";
import pg from "pg";

export const ACCOUNTS = {
  admin: "admin@essaim.test",
  catalyst: "catalyseur@essaim.test",
  member: "membre@essaim.test",
} as const;
export type AccountRole = keyof typeof ACCOUNTS;

const databaseUrl = process.env.E2E_DATABASE_URL ?? "";

/**
 * Runs SQL on the run's database. A write is announced like the services announce theirs
 * (ADR 0080), so the app's caches show it at once; `announce: false` leaves them unaware.
 */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = [], options: { announce?: boolean } = {}): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (await client.query<T>(text, values)).rows;
    if (options.announce !== false && /^\s*(INSERT|UPDATE|DELETE)\b/i.test(text)) await client.query(`SELECT pg_notify('essaim_published', pg_current_wal_lsn()::text)`);
    return rows;
  } finally {
    await client.end();
  }
}

/** A user of the given role with a unique e-mail, so tests never share state. */
export async function createUser(role: "MEMBER" | "CATALYST" | "ADMIN", label = "test"): Promise<{ id: string; email: string }> {
  const id = `e2e_${crypto.randomBytes(8).toString("hex")}`;
  const email = `${label}-${id}@essaim.test`;
  await sql(`INSERT INTO "User" (id, email, role, "publicName", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now())`, [id, email, role, `E2E ${label}`]);
  return { id, email };
}

/** Signs in by creating a database session and its cookie (what a magic link ends with). */
export async function loginAs(context: BrowserContext, email: string): Promise<void> {
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error(`unknown user ${email}`);
  const token = crypto.randomBytes(32).toString("hex");
  await sql(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
    `s_${crypto.randomBytes(8).toString("hex")}`,
    token,
    user.id,
  ]);
  const url = new URL(process.env.E2E_BASE_URL ?? "http://localhost:3000");
  await context.addCookies([{ name: "authjs.session-token", value: token, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
}

/** The real flow: ask for a link, open it from the local outbox. */
export async function signInThroughOutbox(page: Page, email: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("heading", { name: "Vérifiez votre boîte mail" })).toBeVisible();
  await page.goto(`/boite-d-envoi?a=${encodeURIComponent(email)}`);
  const message = page.getByTestId("outbox-message").first();
  await expect(message.getByTestId("outbox-to")).toHaveText(email);
  await message.getByRole("link").first().click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

// ───── Alliances through the real flows ─────

/** A complete working copy (ready to submit) owned by `ownerId`, made in the database. */
export async function completeDraft(ownerId: string, name: string): Promise<string> {
  const suffix = crypto.randomBytes(5).toString("hex");
  const id = `e2e_alliance_${suffix}`;
  const orgs = [
    { id: `e2e_org_a_${suffix}`, name: `Entreprise ${suffix}`, type: "COMPANY" },
    { id: `e2e_org_b_${suffix}`, name: `Association ${suffix}`, type: "ASSOCIATION" },
  ];
  for (const org of orgs) await sql(`INSERT INTO "Organisation" (id, name, "normalizedName", type) VALUES ($1, $2, lower($2), $3)`, [org.id, org.name, org.type]);
  const draft = {
    name,
    summary: "Des entreprises et des associations de Poitiers réunies pour l'emploi des jeunes.",
    objective: "Accompagner 80 jeunes vers un emploi durable d'ici fin 2027.",
    territory: { communeInsee: "86194" },
    domainCodes: ["EMPLOYMENT"],
    startDate: "2024-02-01",
    partners: [
      { organisationId: orgs[0]!.id, role: "PILOT" },
      { organisationId: orgs[1]!.id, role: "OPERATOR" },
    ],
  };
  await sql(`INSERT INTO "Alliance" (id, slug, name, draft, "createdById", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [id, `e2e-${suffix}`, name, JSON.stringify(draft), ownerId]);
  await sql(`INSERT INTO "AllianceEditor" ("allianceId", "userId", "isOwner") VALUES ($1, $2, true)`, [id, ownerId]);
  return id;
}

export async function submitFromEditor(page: Page, allianceId: string) {
  await page.goto(`/espace/alliances/${allianceId}/modifier?etape=soumettre`);
  await page.getByRole("button", { name: "Soumettre à la relecture" }).click();
  await expect(page.getByTestId("workspace-home")).toBeVisible();
}

export async function approveInUi(page: Page, name: string) {
  await page.goto("/admin/moderation");
  await page.getByTestId("queue-item").filter({ hasText: name }).getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Approuver et publier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "la soumission est approuvée" })).toBeVisible();
}

export const test = base;
export { expect };
