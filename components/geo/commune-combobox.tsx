"use client";
// Accessible commune autocomplete (WAI-ARIA combobox through downshift): type a name or a
// postcode, pick with the keyboard or the pointer; the INSEE code goes in a hidden field.
import { useId, useState } from "react";
import { useCombobox } from "downshift";
import type { CommuneOption } from "@/lib/geo/options";
import { useRemoteOptions } from "@/components/ui/use-remote-options";

export type { CommuneOption };

type Props = {
  name: string;
  label: string;
  hint: string;
  noResults: string;
  initial: CommuneOption | null;
  error?: string;
  onSelect?: (commune: CommuneOption | null) => void;
  /** Also submit the typed text under this name (a fallback when nothing was picked, or without JavaScript). */
  textName?: string;
};

export function describeCommune(commune: CommuneOption): string {
  return `${commune.name} (${commune.postcodes[0] ?? commune.departement}) — ${commune.departementName}`;
}

export function CommuneCombobox({ name, label, hint, noResults, initial, error, onSelect, textName }: Props) {
  const [selected, setSelected] = useState<CommuneOption | null>(initial);
  const [query, setQuery] = useState(initial ? describeCommune(initial) : "");
  const hintId = useId();
  const errorId = useId();
  // Once a commune is picked, its description fills the field: no need to search it again.
  const typed = selected && query === describeCommune(selected) ? "" : query;
  const { items: visibleItems, searched: shownSearched } = useRemoteOptions<CommuneOption>("/api/communes", "communes", typed);

  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox<CommuneOption>({
    items: visibleItems,
    inputValue: query,
    selectedItem: selected,
    itemToString: (item) => (item ? describeCommune(item) : ""),
    onInputValueChange: ({ inputValue }) => setQuery(inputValue ?? ""),
    onSelectedItemChange: ({ selectedItem }) => {
      setSelected(selectedItem ?? null);
      onSelect?.(selectedItem ?? null);
    },
  });

  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className="relative space-y-1">
      <label {...getLabelProps()} className="block font-medium">
        {label}
      </label>
      <p id={hintId} className="text-sm text-stone-700">
        {hint}
      </p>
      <input
        {...getInputProps({ "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, name: textName })}
        className="w-full max-w-xl rounded border border-stone-400 px-3 py-2"
        autoComplete="off"
      />
      <input type="hidden" name={name} value={selected?.insee ?? ""} />
      <ul {...getMenuProps()} className={`absolute z-20 mt-1 max-h-72 w-full max-w-xl overflow-auto rounded border border-stone-300 bg-white shadow ${isOpen && (visibleItems.length > 0 || shownSearched) ? "" : "hidden"}`}>
        {isOpen && visibleItems.length === 0 && shownSearched && <li className="px-3 py-2 text-stone-700">{noResults}</li>}
        {isOpen &&
          visibleItems.map((item, index) => (
            <li key={item.insee} {...getItemProps({ item, index })} className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? "bg-brand-100" : ""}`}>
              <span className="font-medium">{item.name}</span>{" "}
              <span className="text-sm text-stone-700">
                {item.postcodes.slice(0, 3).join(", ")} · {item.departementName} · {item.regionName}
              </span>
            </li>
          ))}
      </ul>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
