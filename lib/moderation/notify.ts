// E-mails to an alliance's editors after a moderation decision (sent after the commit:
// a mail that cannot leave is recorded as failed, the decision stands).
import "server-only";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/service";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";

export async function notifyEditors(allianceId: string, message: { kind: string; subject: string; body: string; link: string }): Promise<void> {
  const editors = await db.allianceEditor.findMany({ where: { allianceId, ...ACTIVE_EDITOR }, select: { user: { select: { email: true } } } });
  for (const { user } of editors) {
    await sendMail({
      to: user.email,
      kind: message.kind,
      subject: message.subject,
      text: `Bonjour,\n\n${message.body}\n\n${siteUrl()}${message.link}\n\n— Essaim`,
    }).catch((error: unknown) => logger.warn({ err: (error as Error).message, kind: message.kind }, "moderation mail not sent"));
  }
}
