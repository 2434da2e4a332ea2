// Public pages for signed-out visitors come from the page cache with a Cache-Control that lets
// the browser keep them (back/forward cache); signed-in pages never do (ADR 0080).
import { test, expect, createUser, loginAs } from "./fixtures";

test("a signed-out visitor's public page is cacheable and comes back from the back/forward cache", async ({ page, request }) => {
  const first = await request.get("/alliances?region=75");
  const second = await request.get("/alliances?region=75");
  expect(second.headers()["x-essaim-cache"]).toBe("HIT");
  for (const answer of [first, second]) {
    expect(answer.headers()["cache-control"]).toBe("private, no-cache");
    expect(answer.headers()["cache-control"]).not.toContain("no-store");
  }
  // Each answer has its own CSP nonce, when there is a policy.
  const csp = second.headers()["content-security-policy"];
  if (csp) expect(csp).not.toBe(first.headers()["content-security-policy"]);

  await page.goto("/alliances?region=75");
  await page.evaluate(() => ((window as unknown as { keptAlive: number }).keptAlive = 42));
  await page.goto("/impact");
  await page.goBack();
  await expect(page).toHaveURL(/region=75/);
  // Restored from the back/forward cache: the same document, its script state intact.
  expect(await page.evaluate(() => (window as unknown as { keptAlive?: number }).keptAlive)).toBe(42);
});

test("a signed-in visitor is never served from the page cache and keeps no-store", async ({ browser }) => {
  const member = await createUser("MEMBER", "cache");
  const context = await browser.newContext();
  await loginAs(context, member.email);
  const page = await context.newPage();
  for (let i = 0; i < 2; i += 1) {
    const answer = await page.goto("/alliances?region=84");
    expect(answer!.headers()["x-essaim-cache"]).toBeUndefined();
    expect(answer!.headers()["cache-control"]).toContain("no-store");
    await expect(page.getByTestId("current-user")).toBeVisible();
  }
});
