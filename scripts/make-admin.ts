// `npm run user:make-admin -- someone@example.org`: make a user admin (created if needed),
// recorded in the audit log in the same transaction.
import { resolveDatabase } from "../lib/database/runtime";
import { createPrismaClient } from "../lib/database/client";

async function main(): Promise<number> {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    console.error("Usage : npm run user:make-admin -- adresse@exemple.fr");
    return 2;
  }
  const database = await resolveDatabase();
  const db = createPrismaClient({ url: database.url, poolSize: 1 });
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
      const user = await tx.user.upsert({ where: { email }, create: { email, role: "ADMIN" }, update: { role: "ADMIN" }, select: { id: true } });
      await tx.auditLog.create({
        data: { action: "user.role.change", targetType: "User", targetId: user.id, before: before ? { role: before.role } : undefined, after: { role: "ADMIN", via: "command line" } },
      });
    });
    console.log(`${email} est maintenant administrateur.`);
    return 0;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
