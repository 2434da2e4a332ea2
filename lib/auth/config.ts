// next-auth (Auth.js 5): e-mail magic links, Prisma adapter, database sessions.
import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/service";
import { isRole, type Role } from "@/lib/auth/roles";
import fr from "@/messages/fr.json";
import { safeRedirectUrl } from "@/lib/security/redirect";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; publicName: string | null; role: Role; suspended: boolean };
  }
}

const MAGIC_LINK_MAX_AGE = 24 * 60 * 60;

export const authConfig: NextAuthConfig = {
  adapter: PrismaAdapter(db as never),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  pages: { signIn: "/connexion", verifyRequest: "/connexion/verification", error: "/connexion/erreur", signOut: "/deconnexion" },
  providers: [
    Nodemailer({
      // The transport is ours (lib/mail), this value only satisfies the provider.
      server: env().SMTP_URL ?? "smtp://localhost:25",
      from: env().MAIL_FROM,
      maxAge: MAGIC_LINK_MAX_AGE,
      normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
      async sendVerificationRequest({ identifier, url }) {
        await sendMail({
          to: identifier,
          subject: fr.auth.mail.subject,
          text: fr.auth.mail.text.replace("{url}", url),
          kind: "sign-in",
          secrets: [url],
        });
      },
    }),
  ],
  callbacks: {
    // Same-origin targets only, resolved as a browser would (no "/\t/evil.test").
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    // Suspended accounts can neither ask for a link nor use one.
    async signIn({ user }) {
      const email = user.email?.toLowerCase();
      if (!email) return false;
      const existing = await db.user.findUnique({ where: { email }, select: { suspendedAt: true } });
      return !existing?.suspendedAt;
    },
    // Database sessions re-read the user on every request: a role change applies at once.
    // Only what the server reads back (lib/auth/session.ts): never the session token or the
    // rest of the user row (suspension reason, position…).
    session({ session, user }) {
      const record = user as typeof user & { role?: unknown; suspendedAt?: Date | null; publicName?: string | null };
      return {
        expires: session.expires,
        user: {
          id: user.id,
          email: user.email,
          name: user.name ?? null,
          publicName: record.publicName ?? null,
          role: isRole(record.role) ? record.role : "MEMBER",
          suspended: Boolean(record.suspendedAt),
        },
      } as typeof session;
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
