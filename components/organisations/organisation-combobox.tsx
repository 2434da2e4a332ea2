"use client";
// Accessible organisation autocomplete (downshift): pick an organisation already known to
// the network; its id goes in a hidden field.
import { useId, useState } from "react";
import { useCombobox } from "downshift";
import { useRemoteOptions } from "@/components/ui/use-remote-options";

export type OrganisationOption = { id: string; name: string; type: string; communeName: string | null };

export function OrganisationCombobox({ label, hint, noResults, typeLabel, onSelect }: { label: string; hint: string; noResults: string; typeLabel: (type: string) => string; onSelect: (organisation: OrganisationOption | null) => void }) {
  const [query, setQuery] = useState("");
  const hintId = useId();
  const { items: visibleItems, searched: shownSearched } = useRemoteOptions<OrganisationOption>("/api/organisations", "organisations", query, 2, 200);

  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox<OrganisationOption>({
    items: visibleItems,
    inputValue: query,
    itemToString: (item) => item?.name ?? "",
    onInputValueChange: ({ inputValue }) => setQuery(inputValue ?? ""),
    onSelectedItemChange: ({ selectedItem }) => onSelect(selectedItem ?? null),
  });

  return (
    <div className="relative space-y-1">
      <label {...getLabelProps()} className="block font-medium">
        {label}
      </label>
      <p id={hintId} className="text-sm text-stone-700">
        {hint}
      </p>
      <input {...getInputProps({ "aria-describedby": hintId })} autoComplete="off" className="w-full max-w-xl rounded border border-stone-400 px-3 py-2" />
      <ul {...getMenuProps()} className={`absolute z-20 mt-1 max-h-72 w-full max-w-xl overflow-auto rounded border border-stone-300 bg-white shadow ${isOpen && (visibleItems.length > 0 || shownSearched) ? "" : "hidden"}`}>
        {isOpen && visibleItems.length === 0 && shownSearched && <li className="px-3 py-2 text-stone-700">{noResults}</li>}
        {isOpen &&
          visibleItems.map((item, index) => (
            <li key={item.id} {...getItemProps({ item, index })} className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? "bg-brand-100" : ""}`}>
              <span className="font-medium">{item.name}</span> <span className="text-sm text-stone-700">{[typeLabel(item.type), item.communeName].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
