"use client";
// Accessible organisation autocomplete (downshift): pick an organisation already known to
// the network; its id goes in a hidden field.
import { useEffect, useId, useState } from "react";
import { useCombobox } from "downshift";

export type OrganisationOption = { id: string; name: string; type: string; communeName: string | null };

export function OrganisationCombobox({ label, hint, noResults, typeLabel, onSelect }: { label: string; hint: string; noResults: string; typeLabel: (type: string) => string; onSelect: (organisation: OrganisationOption | null) => void }) {
  const [items, setItems] = useState<OrganisationOption[]>([]);
  const [query, setQuery] = useState("");
  const [searched, setSearched] = useState(false);
  const hintId = useId();

  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/organisations?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { organisations: [] }))
        .then((data: { organisations: OrganisationOption[] }) => {
          setItems(data.organisations);
          setSearched(true);
        })
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const visibleItems = query.trim().length < 2 ? [] : items;
  const shownSearched = query.trim().length >= 2 && searched;
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
