// E-mails about visit requests, sent after the commit: a mail that cannot leave is logged,
// the message stands.
import "server-only";
import { db } from "@/lib/db";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";
import { siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/service";

export async function mail(recipients: string[], message: { kind: string; subject: string; body: string; link: string }): Promise<void> {
  for (const to of recipients) {
    await sendMail({ to, kind: message.kind, subject: message.subject, text: `Bonjour,\n\n${message.body}\n\n${siteUrl()}${message.link}\n\n— Essaim` }).catch((error: unknown) =>
      logger.warn({ err: (error as Error).message, kind: message.kind }, "visit request mail not sent"),
    );
  }
}

/** The alliance's current catalysts' addresses (never shown, only written to). */
export async function editorEmails(allianceId: string, except?: string): Promise<string[]> {
  const editors = await db.allianceEditor.findMany({
    where: { allianceId, userId: except ? { not: except } : undefined, ...ACTIVE_EDITOR },
    select: { user: { select: { email: true } } },
  });
  return editors.map((editor) => editor.user.email);
}

