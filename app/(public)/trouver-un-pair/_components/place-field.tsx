"use client";
// The commune autocomplete of the search form (a client island in a plain GET form).
import { useTranslations } from "next-intl";
import { CommuneCombobox, type CommuneOption } from "@/components/geo/commune-combobox";

export function PlaceField({ initial }: { initial: CommuneOption | null }) {
  const t = useTranslations("peers");
  return <CommuneCombobox name="commune" label={t("place")} hint={t("placeHint")} noResults={t("noCommune")} initial={initial} textName="lieu" />;
}
