// French 403, rendered by forbidden() with the 403 status.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold" data-testid="forbidden">
        {t("forbiddenTitle")}
      </h1>
      <p>{t("forbiddenText")}</p>
      <Link href="/" className="underline underline-offset-4">
        {t("backHome")}
      </Link>
    </div>
  );
}
