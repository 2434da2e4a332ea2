// The state of a visit request, as a coloured label (text, not colour alone, carries it).
import { getTranslations } from "next-intl/server";
import type { ContactStatus } from "@/lib/validation/visits";

const STYLE: Record<ContactStatus, string> = {
  NEW: "bg-amber-100 text-amber-900",
  ANSWERED: "bg-blue-100 text-blue-900",
  VISIT_PLANNED: "bg-green-100 text-green-900",
  CLOSED: "bg-stone-200 text-stone-800",
};

export async function StatusBadge({ status }: { status: ContactStatus }) {
  const t = await getTranslations("visits.status");
  return (
    <span className={`rounded px-2 py-0.5 text-sm font-medium ${STYLE[status]}`} data-testid="request-status">
      {t(status)}
    </span>
  );
}
