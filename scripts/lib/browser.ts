// Which Chromium the browser tests use: Playwright's own when installed, else Debian's
// (/usr/bin/chromium), installed with apt-get when missing and allowed (root on Debian).
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function findChromium(): string | null {
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed: fall through to Debian's.
  }
  return fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    console.log("Chromium absent : installation du paquet Debian chromium…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (install.status === 0 && fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    "Aucun Chromium pour les tests navigateur. Installez celui de Playwright (npx playwright install chromium) " +
      "ou celui de votre système (Debian/Ubuntu : apt-get install chromium).",
  );
}
