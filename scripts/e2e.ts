// `npm run test:e2e`: production build, a fresh seeded database, the real server on a free
// port, then Playwright in Chromium. Everything is torn down at the end.
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { createTestDatabase } from "../lib/testing/test-database";
import { findFreePort } from "../lib/database/embedded";
import { buildIfNeeded, ensurePrismaClient } from "./lib/project";
import { ensureChromium } from "./lib/browser";
import { startFaultProxy } from "./lib/fault-proxy";

async function main(): Promise<number> {
  ensurePrismaClient();
  buildIfNeeded();
  const chromiumPath = ensureChromium();
  const database = await createTestDatabase("essaim_e2e");
  let server: { close(): Promise<void> } | undefined;
  let closeProxy: () => Promise<void> = async () => {};
  try {
    const { runSeed } = await import("../prisma/seed/run");
    await runSeed(database.url, ["--quiet"]);
    const port = await findFreePort();
    // The app reaches PostgreSQL through a relay the tests can cut (database-down scenario).
    const target = new URL(database.url);
    const proxy = await startFaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const appDatabaseUrl = new URL(database.url);
    appDatabaseUrl.hostname = "127.0.0.1";
    appDatabaseUrl.port = String(proxy.port);
    closeProxy = () => proxy.close();
    Object.assign(process.env, {
      NODE_ENV: "production",
      DATABASE_URL: appDatabaseUrl.toString(),
      DATABASE_CONNECT_TIMEOUT_MS: "2000",
      AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      PORT: String(port),
      LOG_LEVEL: "warn",
    });
    delete process.env.SMTP_URL;
    const { startServer } = await import("../server");
    server = await startServer({ port, databaseUrl: appDatabaseUrl.toString(), hostname: "127.0.0.1" });
    // Asynchronous on purpose: the server runs in this process and must keep answering.
    const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: {
        ...process.env,
        E2E_BASE_URL: `http://localhost:${port}`,
        E2E_DATABASE_URL: database.url,
        E2E_FAULT_CONTROL_URL: proxy.controlUrl,
        E2E_CHROMIUM_PATH: chromiumPath.includes("ms-playwright") ? "" : chromiumPath,
      },
    });
    return await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    await server?.close().catch(() => {});
    await closeProxy().catch(() => {});
    await database.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
