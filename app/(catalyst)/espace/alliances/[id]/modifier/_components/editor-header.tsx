// The editor's header: ways back and to the alliance's other pages, its name, and published
// alliances it may repeat ("Is it one of these?") while it is not published.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PossibleDuplicate } from "@/lib/moderation/duplicates";

export async function EditorHeader({ allianceId, name, duplicates }: { allianceId: string; name: string; duplicates: PossibleDuplicate[] }) {
  const t = await getTranslations("editor");
  return (
    <>
      <header>
        <p className="text-sm">
          <Link href="/espace" className="underline underline-offset-4">
            {t("back")}
          </Link>
          {" · "}
          <Link href={`/espace/alliances/${allianceId}/filiation`} className="underline underline-offset-4">
            {t("lineageLink")}
          </Link>
          {" · "}
          <Link href={`/espace/alliances/${allianceId}/impact`} className="underline underline-offset-4">
            {t("impactLink")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title", { name: name || "—" })}</h1>
      </header>
      {duplicates.length > 0 && (
        <aside aria-labelledby="duplicates-title" className="rounded border border-amber-300 bg-amber-50 p-4" data-testid="duplicate-suggestions">
          <h2 id="duplicates-title" className="font-semibold">
            {t("duplicates.title")}
          </h2>
          <p className="text-sm">{t("duplicates.lead")}</p>
          <ul className="mt-2 list-disc pl-6">
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/alliances/${d.slug}`} className="underline underline-offset-4">
                  {d.name}
                </Link>
                {d.communeName ? ` (${d.communeName})` : ""}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </>
  );
}
