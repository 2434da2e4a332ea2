// The environment, parsed once with zod: a wrong value stops start-up with its name.
import { z } from "zod";
import { zodIssueMessage } from "@/lib/errors";
import { translate } from "@/lib/i18n/translate";

const optionalUrl = (protocols: RegExp) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url({ protocol: protocols, message: "doit être une URL complète" }).optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalUrl(/^postgres(ql)?$/),
  // Behind PgBouncer (transaction mode): a direct connection to the primary, for LISTEN and migrations.
  DATABASE_DIRECT_URL: optionalUrl(/^postgres(ql)?$/),
  // A streaming replica for the public reads (ADR 0081); writes and signed-in reads stay on DATABASE_URL.
  DATABASE_REPLICA_URL: optionalUrl(/^postgres(ql)?$/),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  AUTH_SECRET: z.string().min(32, "doit contenir au moins 32 caractères (générez-le avec `openssl rand -base64 32`)").optional(),
  AUTH_URL: optionalUrl(/^https?$/),
  SMTP_URL: optionalUrl(/^smtps?$/),
  MAIL_FROM: z.string().trim().min(3).default("Essaim <ne-pas-repondre@essaim.local>"),
  // Reverse proxies whose X-Forwarded-For gives the client's address (rate limits, local outbox).
  TRUSTED_PROXIES: z.string().trim().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BAN_API_URL: optionalUrl(/^https?$/),
  MAP_TILE_URL: z.string().trim().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
}).superRefine((value, context) => {
  // Sign-in links sent by real e-mail must point at Essaim's public address, never at
  // whatever Host header a request carried (that would let anyone forge a link to their site).
  if (value.SMTP_URL && !value.AUTH_URL) {
    context.addIssue({ code: "custom", path: ["AUTH_URL"], message: "obligatoire quand SMTP_URL est défini (adresse publique d'Essaim, utilisée dans les liens envoyés par e-mail)" });
  }
});

export type Env = z.infer<typeof schema>;

export class InvalidEnvironmentError extends Error {}

/** Parses an environment; throws one French message naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")} : ${translate("fr", zodIssueMessage(issue))}`);
  throw new InvalidEnvironmentError(`Configuration invalide :\n${lines.join("\n")}\nVoir .env.example et le README.`);
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The public address of the site, for links in e-mails and metadata. */
export function siteUrl(): string {
  return (env().AUTH_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, "");
}
