// An admin's page for one person: export their data or erase their account, on request.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { intlLocaleOf } from "@/lib/i18n/format";
import { getPersonForAdmin } from "@/lib/privacy/service";
import { EraseUserForm } from "./_components/erase-user-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePageRole("ADMIN", `/admin/utilisateurs/${encodeURIComponent(id)}`);
  const person = await getPersonForAdmin(admin, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("privacy.admin");
  const messages = await getMessages();
  const name = person.publicName ?? person.name ?? person.email;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title", { name })}</h1>
      <p className="text-stone-700">{person.email}</p>
      {person.deletedAt ? (
        <p data-testid="already-erased">{t("alreadyErased", { date: new Intl.DateTimeFormat(intlLocaleOf(await getLocale()), { dateStyle: "long", timeZone: "Europe/Paris" }).format(person.deletedAt) })}</p>
      ) : (
        <>
          <p>{t("lead")}</p>
          <form method="post" action={`/admin/utilisateurs/${encodeURIComponent(person.id)}/export`} className="space-y-2">
            <label htmlFor="export-reference" className="block font-medium">{t("referenceLabel")}</label>
            <input id="export-reference" name="reference" required minLength={3} maxLength={200} className="w-full max-w-md rounded border border-stone-400 px-3 py-2" />
            <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">{t("exportSubmit")}</button>
          </form>
          <NextIntlClientProvider messages={{ privacy: messages.privacy, errors: messages.errors }}>
            <EraseUserForm userId={person.id} />
          </NextIntlClientProvider>
        </>
      )}
    </div>
  );
}
