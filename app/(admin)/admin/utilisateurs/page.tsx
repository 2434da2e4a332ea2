// People: search, roles, suspension, catalyst invitations (admins only).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { searchUsers } from "@/lib/people/accounts";
import { userSearchSchema, type UserSearch } from "@/lib/validation/people";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InviteForm, RoleForm, SuspensionForm } from "./_components/user-controls";
import { intlLocaleOf } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.adminUsers");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

function href(search: UserSearch, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, page: page > 1 ? page : undefined })) if (value !== undefined) params.set(key, String(value));
  return `/admin/utilisateurs${params.size ? `?${params}` : ""}`;
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const fmt = intlLocaleOf(await getLocale());
  const tPrivacy = await getTranslations("privacy.admin");
  const admin = await requirePageRole("ADMIN", "/admin/utilisateurs");
  const search = userSearchSchema.parse(await searchParams);
  const t = await getTranslations("adminUsers");
  const tRoles = await getTranslations("roles");
  const result = await searchUsers(admin, search);
  const date = new Intl.DateTimeFormat(fmt, { dateStyle: "short", timeZone: "Europe/Paris" });
  return (
    <div className="space-y-8" data-testid="users-page">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      <section aria-labelledby="invite" className="space-y-2 rounded border border-stone-200 bg-white p-4">
        <h2 id="invite" className="text-lg font-semibold">
          {t("inviteTitle")}
        </h2>
        <ClientMessages namespaces={["adminUsers", "roles", "errors"]}>
          <InviteForm />
        </ClientMessages>
      </section>
      <form method="get" role="search" aria-label={t("searchLabel")} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block font-medium">
            {t("q")}
          </label>
          <input id="q" name="q" defaultValue={search.q ?? ""} className="rounded border border-stone-400 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="role" className="block font-medium">
            {t("role")}
          </label>
          <select id="role" name="role" defaultValue={search.role ?? ""} className="rounded border border-stone-400 px-3 py-2">
            <option value="">{t("anyRole")}</option>
            {(["MEMBER", "CATALYST", "ADMIN"] as const).map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="statut" className="block font-medium">
            {t("status")}
          </label>
          <select id="statut" name="statut" defaultValue={search.statut ?? ""} className="rounded border border-stone-400 px-3 py-2">
            <option value="">{t("anyStatus")}</option>
            <option value="actif">{t("active")}</option>
            <option value="suspendu">{t("suspended")}</option>
          </select>
        </div>
        <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white">{t("search")}</button>
      </form>
      <p data-testid="users-count">{t("count", { count: result.total })}</p>
      <ClientMessages namespaces={["adminUsers", "roles", "errors"]}>
        <ul className="space-y-3">
          {result.users.map((user) => {
            const name = user.name ?? user.email;
            return (
              <li key={user.id} className="grid gap-3 rounded border border-stone-200 bg-white p-4 md:grid-cols-[1fr_auto_auto]" data-testid="user-row" data-email={user.email}>
                <div>
                  <p className="font-semibold">{name}</p>
                  <p className="text-sm text-stone-700">
                    {user.email} · {tRoles(user.role)} · {t("since", { date: date.format(user.createdAt) })} ·{" "}
                    <Link href={`/admin/utilisateurs/${encodeURIComponent(user.id)}`}>{tPrivacy("userLink")}</Link>
                  </p>
                  {user.suspendedAt && (
                    <p className="mt-1 text-sm font-medium text-red-800" data-testid="suspended">
                      {t("suspendedSince", { date: date.format(user.suspendedAt), reason: user.suspendedReason ?? "" })}
                    </p>
                  )}
                </div>
                <RoleForm userId={user.id} role={user.role} name={name} />
                {user.id === admin.id ? <p className="text-sm text-stone-700">{t("you")}</p> : <SuspensionForm userId={user.id} suspended={Boolean(user.suspendedAt)} name={name} />}
              </li>
            );
          })}
        </ul>
      </ClientMessages>
      {result.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="flex gap-4">
          {result.page > 1 && <Link href={href(search, result.page - 1)}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: result.page, count: result.pageCount })}</span>
          {result.page < result.pageCount && <Link href={href(search, result.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
