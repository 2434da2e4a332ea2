// Prisma CLI configuration. Migrations are applied by scripts/db.ts (WebAssembly schema
// engine, works offline); the CLI is only used here for `prisma generate`.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/essaim" },
});
