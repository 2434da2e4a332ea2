// The audit log against the real database: filters, CSV safety, and append-only.
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { changeRole } from "@/lib/people/accounts";
import { auditFilterSchema } from "@/lib/validation/audit";
import { auditLogCsv, searchAuditLog } from "./journal";
import { csvCell } from "@/lib/csv";

async function csv(actor: Parameters<typeof auditLogCsv>[0], filters: Record<string, string>): Promise<string> {
  let text = "";
  for await (const chunk of auditLogCsv(actor, auditFilterSchema.parse(filters))) text += chunk;
  return text;
}

describe("the audit journal", () => {
  it("filters by actor, action prefix, target and day; labels targets", async () => {
    const admin = await makeUser("ADMIN", `journal${crypto.randomBytes(3).toString("hex")}`);
    const member = await makeUser("MEMBER", "cible");
    await changeRole(admin, member.id, "CATALYST");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    const found = await searchAuditLog(admin, auditFilterSchema.parse({ acteur: admin.email, action: "user.", du: today, au: today }));
    expect(found.entries).toHaveLength(1);
    expect(found.entries[0]).toMatchObject({ action: "user.role.change", targetId: member.id, targetLabel: member.email, actor: { email: admin.email }, before: { role: "MEMBER" }, after: { role: "CATALYST" } });
    expect((await searchAuditLog(admin, auditFilterSchema.parse({ cible: member.id }))).total).toBe(1);
    expect((await searchAuditLog(admin, auditFilterSchema.parse({ acteur: admin.email, action: "moderation." }))).total).toBe(0);
    expect((await searchAuditLog(admin, auditFilterSchema.parse({ acteur: admin.email, au: "2020-01-01" }))).total).toBe(0);
  });

  it("refuses bad filters with French reasons, and non-admins", async () => {
    const result = auditFilterSchema.safeParse({ du: "2026-02-30", au: "2026-01-01", action: "DROP TABLE" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["du", "action"]));
    const catalyst = await makeUser("CATALYST", "c");
    await expect(searchAuditLog(catalyst, {})).rejects.toBeInstanceOf(AppError);
    await expect(csv(catalyst, {})).rejects.toBeInstanceOf(AppError);
  });

  it("exports CSV with a header, `;` separators, escaped cells and no formula", async () => {
    const admin = await makeUser("ADMIN", "export");
    const member = await makeUser("MEMBER", "x");
    await db.user.update({ where: { id: admin.id }, data: { publicName: '=HYPERLINK("http://evil";"clic")' } });
    await changeRole(admin, member.id, "CATALYST");
    const text = await csv(admin, { acteur: admin.email });
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("date;acteur;e-mail de l'acteur;action;type de cible;identifiant de cible;cible;avant;après");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"";""clic"")"`);
    expect(lines[1]).toContain(";user.role.change;User;");
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("+33 1 23")).toBe("'+33 1 23");
    expect(csvCell({ role: "MEMBER" })).toBe('"{""role"":""MEMBER""}"');
  });

  it("cannot be changed or deleted, even by a direct query", async () => {
    const admin = await makeUser("ADMIN", "append");
    const member = await makeUser("MEMBER", "y");
    await changeRole(admin, member.id, "CATALYST");
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: member.id } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "effacé" } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow();
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("user.role.change");
  });
});
