// Public pages for signed-out visitors come from the page cache with a Cache-Control that lets
// the browser keep them (back/forward cache); signed-in pages never do (ADR 0080).
import { chromium } from "@playwright/test";
import { test, expect, createUser, loginAs } from "./fixtures";

test("a signed-out visitor's public page is cacheable and comes back from the back/forward cache", async ({ request, baseURL }) => {
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

  // Playwright turns the back/forward cache off by default: a browser of its own with it on.
  const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM_PATH || undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  try {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await page.goto("/alliances?region=75");
    await page.evaluate(() => ((window as unknown as { keptAlive: number }).keptAlive = 42));
    await page.goto("/impact");
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL(/region=75/);
    // Restored from the back/forward cache: the same document, its script state intact.
    const restored = await page.evaluate(() => ({
      kept: (window as unknown as { keptAlive?: number }).keptAlive,
      reasons: JSON.stringify((performance.getEntriesByType("navigation")[0] as unknown as { notRestoredReasons?: unknown })?.notRestoredReasons ?? null),
    }));
    expect(restored.kept, restored.reasons).toBe(42);
  } finally {
    await browser.close();
  }
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
