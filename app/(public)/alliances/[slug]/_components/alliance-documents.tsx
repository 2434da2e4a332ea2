// The documents an alliance shares (reports, kits, methods), each with its kind and licence.
import { getTranslations } from "next-intl/server";
import type { PublicView } from "@/lib/alliances/public";

export async function AllianceDocuments({ documents }: { documents: PublicView["documents"] }) {
  if (documents.length === 0) return null;
  const t = await getTranslations();
  return (
    <section aria-labelledby="documents">
      <h2 id="documents" className="mb-2 text-xl font-semibold">
        {t("alliance.documents")}
      </h2>
      <ul className="space-y-2">
        {documents.map((document) => (
          <li key={document.id}>
            <a href={document.url} className="font-medium underline underline-offset-4" rel="noopener noreferrer">
              {document.title}
            </a>{" "}
            <span className="text-sm text-stone-700">
              ({t(`enums.documentKind.${document.kind}`)} · {t("alliance.licence", { licence: document.licence })})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
