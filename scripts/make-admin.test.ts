// The make-admin command, run as a user runs it, against the run's database.
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

function makeAdmin(...args: string[]) {
  return spawnSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/make-admin.ts", ...args], { env: { ...process.env }, encoding: "utf8" });
}

describe("npm run user:make-admin", () => {
  it("promotes an existing member and records it in the audit log", async () => {
    const user = await db.user.create({ data: { email: `futur-admin-${Date.now()}@test.essaim`, role: "MEMBER" } });
    const result = makeAdmin(user.email.toUpperCase());
    expect(result.stdout).toContain("est maintenant administrateur");
    expect(result.status).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: "user.role.change" } });
    expect(entry.before).toEqual({ role: "MEMBER" });
  }, 60_000);

  it("refuses something that is not an e-mail address and changes nothing", async () => {
    const before = await db.user.count({ where: { role: "ADMIN" } });
    const result = makeAdmin("pas-une-adresse");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage");
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(before);
  }, 60_000);
});
