// The admin section's navigation, with what waits (reviews, open reports) as counts.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { waitingCounts } from "@/lib/moderation/counts";

export async function AdminNav() {
  const t = await getTranslations("admin.nav");
  const counts = await waitingCounts();
  const links = [
    { href: "/admin", label: t("home") },
    { href: "/admin/moderation", label: t("moderation"), count: counts.reviews, countLabel: t("waitingReviews", { count: counts.reviews }) },
    { href: "/admin/signalements", label: t("reports"), count: counts.reports, countLabel: t("openReports", { count: counts.reports }) },
    { href: "/admin/utilisateurs", label: t("users") },
    { href: "/admin/journal", label: t("journal") },
    { href: "/admin/impact", label: t("impact") },
  ];
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-stone-200 pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-stone-800 underline-offset-4 hover:underline">
              {link.label}
              {link.count ? (
                <span className="ml-1.5 rounded-full bg-brand-700 px-2 py-0.5 text-xs text-white" data-testid={`admin-count-${link.href.split("/").pop()}`}>
                  <span aria-hidden="true">{link.count}</span>
                  <span className="sr-only">{link.countLabel}</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
