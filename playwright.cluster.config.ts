// Playwright for `npm run test:cluster`: the browser half of the cluster's proof, against the
// cluster started by scripts/test-cluster.ts (nginx, three instances, PgBouncer, a replica).
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "./e2e-cluster",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/cluster.json" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM_PATH || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
});
