// A catalyst invitation link. Opening it changes nothing (mail scanners open links);
// the button accepts it.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { lookupInvitation } from "@/lib/people/invitations";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptForm } from "./_components/accept-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.invitation");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await lookupInvitation(token);
  const t = await getTranslations("invitation");
  return (
    <div className="max-w-2xl space-y-4" data-testid="invitation">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {invitation.state === "valid" ? (
        <>
          <p>{t("lead", { email: invitation.email })}</p>
          <ClientMessages namespaces={["invitation", "errors"]}>
            <AcceptForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p role="alert">{t(invitation.state)}</p>
          <p>
            <Link href="/connexion" className="underline underline-offset-4">
              {t("signIn")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
