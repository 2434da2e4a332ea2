// Sends e-mail: through SMTP when SMTP_URL is set, else into the local outbox (the
// MailMessage table, printed on the console). Every message is recorded either way.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** Parts of `text` never stored once sent by SMTP (sign-in links). */
  secrets?: string[];
};

let transport: Transporter | undefined;
function smtp(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transport ??= nodemailer.createTransport(url);
  return transport;
}

export function smtpConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const transporter = smtp();
  if (!transporter) {
    await db.mailMessage.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, kind: mail.kind } });
    // Printed for the developer running the demo; never done when SMTP is configured.
    console.log(`\n✉️  Boîte d'envoi locale — à ${mail.to} — ${mail.subject}\n${mail.text}\n`);
    return;
  }
  const redacted = (mail.secrets ?? []).reduce((text, secret) => text.split(secret).join("[lien masqué]"), mail.text);
  const record = await db.mailMessage.create({
    data: { to: mail.to, subject: mail.subject, text: redacted, kind: mail.kind, status: "OUTBOX" },
    select: { id: true },
  });
  try {
    await transporter.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    await db.mailMessage.update({ where: { id: record.id }, data: { status: "SENT", sentAt: new Date() } });
  } catch (error) {
    logger.error({ err: (error as Error).message, kind: mail.kind }, "smtp send failed");
    await db.mailMessage.update({ where: { id: record.id }, data: { status: "FAILED", error: (error as Error).message.slice(0, 500) } });
    throw error;
  }
}

/** The local outbox (only meaningful without SMTP). */
export async function listOutbox(filter: { to?: string; take?: number } = {}) {
  return db.mailMessage.findMany({
    where: filter.to ? { to: { contains: filter.to.trim().toLowerCase(), mode: "insensitive" } } : {},
    orderBy: { createdAt: "desc" },
    take: filter.take ?? 50,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true },
  });
}
