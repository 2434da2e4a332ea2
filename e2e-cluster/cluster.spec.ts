// The cluster behaves as one site: a session made through the balancer works on every
// instance, a decision on one instance reaches the others' caches within a second, rate limits
// are shared, and public reads use the replica only when it has caught up.
import crypto from "node:crypto";
import pg from "pg";
import { test, expect, ACCOUNTS, createUser, loginAs, sql, completeDraft, submitFromEditor, signInThroughOutbox } from "../e2e/fixtures";

const instances = (process.env.CLUSTER_INSTANCES ?? "").split(",").filter(Boolean);
const replicaUrl = process.env.CLUSTER_REPLICA_URL ?? "";

async function signedOut(base: string, path: string): Promise<{ cache: string | null; text: string }> {
  const response = await fetch(base + path);
  expect(response.status, `${base}${path}`).toBe(200);
  return { cache: response.headers.get("x-essaim-cache"), text: await response.text() };
}
const resultCount = (html: string) => Number(/data-testid="result-count" data-count="(\d+)"/.exec(html)?.[1] ?? NaN);
const allianceFigure = (html: string) => Number(/data-testid="figure-alliances"[^>]*>.*?data-value="(\d+)"/s.exec(html)?.[1] ?? NaN);

/**
 * Polls every 20 ms until `check` holds; resolves with the time the first successful check was
 * *asked* (a visitor asking from then on gets the new content, however long the page takes to
 * render on a loaded machine).
 */
async function firstTime(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const asked = Date.now();
    if (await check()) return asked;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

test.beforeAll(() => {
  expect(instances.length).toBeGreaterThanOrEqual(2);
});

test("a session made through the balancer works on every instance", async ({ page }) => {
  await signInThroughOutbox(page, ACCOUNTS.catalyst);
  for (const instance of instances) {
    await page.goto(`${instance}/espace`);
    await expect(page.getByTestId("workspace-home")).toBeVisible();
    await expect(page.getByTestId("current-user")).toBeVisible();
  }
});

test("an approval on one instance is visible to signed-out visitors of the others within a second", async ({ browser }) => {
  const catalyst = await createUser("CATALYST", "grappe");
  const admin = await createUser("ADMIN", "grappe-admin");
  const name = `Alliance grappe ${crypto.randomBytes(3).toString("hex")}`;
  const id = await completeDraft(catalyst.id, name);
  const catalystContext = await browser.newContext({ baseURL: instances[1] });
  await loginAs(catalystContext, catalyst.email);
  await submitFromEditor(await catalystContext.newPage(), id);

  // The other instances answer the search from their caches, without the alliance yet.
  const search = `/alliances?q=${encodeURIComponent(name)}`;
  for (const other of instances.slice(1)) {
    await signedOut(other, search);
    const cached = await signedOut(other, search);
    expect(cached.cache).toBe("HIT");
    expect(resultCount(cached.text)).toBe(0);
  }

  const adminContext = await browser.newContext({ baseURL: instances[0] });
  await loginAs(adminContext, admin.email);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/moderation");
  await adminPage.getByTestId("queue-item").filter({ hasText: name }).getByRole("link", { name }).click();
  const committed = firstTime(async () => (await sql(`SELECT 1 FROM "Alliance" WHERE id = $1 AND "publicationStatus" = 'PUBLISHED'`, [id])).length > 0);
  const seen = instances.slice(1).map((other) => firstTime(async () => resultCount((await signedOut(other, search)).text) === 1));
  await adminPage.getByRole("button", { name: "Approuver et publier" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "la soumission est approuvée" })).toBeVisible();
  const committedAt = await committed;
  for (const [index, at] of (await Promise.all(seen)).entries()) {
    console.log(`  instance ${index + 2} shows the approval ${Math.max(0, at - committedAt)} ms after its commit`);
    expect(at - committedAt).toBeLessThanOrEqual(1_000);
  }
});

test("sign-in limits hold across instances: the sixth link in 15 minutes is refused wherever it is asked", async ({ browser }) => {
  const member = await createUser("MEMBER", "limite");
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${instances[attempt % instances.length]}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(member.email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    if (attempt < 5) await expect(page.getByRole("heading", { name: "Vérifiez votre boîte mail" })).toBeVisible();
    else await expect(page.getByText(/Trop de demandes de lien en peu de temps/)).toBeVisible();
    await context.close();
  }
});

test("public figures come from the replica once it has caught up, never from a replica behind a change; a user's own write reads the primary", async ({ browser }) => {
  test.skip(!replicaUrl, "no replica in this cluster");
  const replica = new pg.Client({ connectionString: replicaUrl });
  await replica.connect();
  const [alliance] = await sql<{ id: string }>(`SELECT id FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' ORDER BY id LIMIT 1`);
  const published = async () => Number((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED'`))[0]!.n);
  const before = await published();
  await replica.query("SELECT pg_wal_replay_pause()");
  try {
    // Changed on the primary only (the replica no longer replays), without an announcement.
    await sql(`UPDATE "Alliance" SET "publicationStatus" = 'HIDDEN', "hiddenReason" = 'test de la réplique' WHERE id = $1`, [alliance!.id], { announce: false });
    expect(await published()).toBe(before - 1);
    // An announcement of a position the replica has replayed: caches cleared, the replica serves.
    const replayed = (await replica.query<{ lsn: string }>("SELECT pg_last_wal_replay_lsn()::text AS lsn")).rows[0]!.lsn;
    await sql(`SELECT pg_notify('essaim_published', $1)`, [replayed]);
    for (const instance of instances) await firstTime(async () => allianceFigure((await signedOut(instance, "/")).text) === before, 2_000);
    // The change announced as a real one is (the primary's position): no instance reads the lagging replica.
    const [current] = await sql<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`);
    await sql(`SELECT pg_notify('essaim_published', $1)`, [current!.lsn]);
    for (const instance of instances) await firstTime(async () => allianceFigure((await signedOut(instance, "/")).text) === before - 1, 1_000);

    // A catalyst's save, read back at once, while the replica is still paused.
    const catalyst = await createUser("CATALYST", "relecture");
    const id = await completeDraft(catalyst.id, `Alliance relue ${crypto.randomBytes(3).toString("hex")}`);
    const context = await browser.newContext({ baseURL: instances[1] });
    await loginAs(context, catalyst.email);
    const page = await context.newPage();
    const renamed = `Alliance renommée ${crypto.randomBytes(3).toString("hex")}`;
    await page.goto(`/espace/alliances/${id}/modifier?etape=identite`);
    await page.getByLabel("Nom de l'alliance").fill(renamed);
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Nom de l'alliance")).toHaveValue(renamed);
  } finally {
    await sql(`UPDATE "Alliance" SET "publicationStatus" = 'PUBLISHED', "hiddenReason" = NULL WHERE id = $1`, [alliance!.id]);
    await replica.query("SELECT pg_wal_replay_resume()");
    await replica.end();
  }
});
