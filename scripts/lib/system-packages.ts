// Debian packages the cluster needs (nginx, PgBouncer): found on the PATH, else installed with
// apt-get when this runs as root on Debian, as scripts/lib/browser.ts does for Chromium.
import fs from "node:fs";
import { spawnSync } from "node:child_process";

const SEARCH = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"];

export function findCommand(name: string): string | null {
  for (const dir of [...(process.env.PATH ?? "").split(":"), ...SEARCH]) {
    const candidate = `${dir}/${name}`;
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** The path of `command`, installing Debian's `pkg` first when it is missing and allowed. */
export function ensureDebianCommand(command: string, pkg: string): string {
  const found = findCommand(command);
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    console.log(`${command} absent : installation du paquet Debian ${pkg}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env });
    const installed = findCommand(command);
    if (installed) return installed;
  }
  throw new Error(`${command} est introuvable. Installez-le (Debian/Ubuntu : apt-get install ${pkg}) puis relancez.`);
}
