// runAction against the real database: what reaches the form when PostgreSQL refuses text.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runAction } from "./result";

describe("runAction", () => {
  it("turns text PostgreSQL cannot store (a NUL character) into a French input error, not an internal one", async () => {
    const result = await runAction(() => db.$queryRaw`SELECT ${"avant\u0000après"}::text AS value`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID_INPUT");
    expect(result.error).toContain("caractère nul");
  });

  it("keeps an expected failure's own code and message, and hides anything else behind a reference", async () => {
    const expected = await runAction(async () => {
      throw new AppError("CONFLICT", "Déjà décidé.");
    });
    expect(expected).toMatchObject({ ok: false, code: "CONFLICT", error: "Déjà décidé." });
    const unexpected = await runAction(() => db.$queryRaw`SELECT 1 / 0`);
    expect(unexpected).toMatchObject({ ok: false, code: "INTERNAL" });
    if (!unexpected.ok) expect(unexpected.error).toMatch(/Référence : [0-9a-f]{8}\./);
  });

  it("turns a deadlock PostgreSQL broke into a French 'try again', not an internal error", async () => {
    const result = await runAction(() => db.$queryRaw`DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`);
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!result.ok) expect(result.error).toContain("Réessayez");
  });
});
