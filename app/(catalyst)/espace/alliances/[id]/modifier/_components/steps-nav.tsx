// The editor's list of steps, the current one marked.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EDITOR_STEPS, type EditorStep } from "@/lib/alliances/form-steps";

export async function StepsNav({ allianceId, step }: { allianceId: string; step: EditorStep }) {
  const t = await getTranslations("editor");
  return (
    <nav aria-label={t("stepsNav")}>
      <ol className="space-y-1">
        {EDITOR_STEPS.map((item, index) => (
          <li key={item}>
            <Link
              href={`/espace/alliances/${allianceId}/modifier?etape=${item}`}
              aria-current={item === step ? "step" : undefined}
              className={`block rounded px-3 py-2 ${item === step ? "bg-brand-700 font-semibold text-white" : "hover:bg-brand-50"}`}
            >
              {index + 1}. {t(`steps.${item}`)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
