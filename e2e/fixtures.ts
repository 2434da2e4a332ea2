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

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
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

export const test = base;
export { expect };
