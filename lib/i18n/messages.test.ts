// French is the reference: English must offer the same keys and the same placeholders.
import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

// Arguments ({name}, {count, plural, …}), not the text of plural branches ("one {…}").
const placeholders = (text: string) => [...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe("messages", () => {
  const french = leaves(fr as Tree);
  const english = leaves(en as Tree);

  it("have the same keys in French and English", () => {
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
  });

  it("keep the same placeholders", () => {
    for (const [key, text] of french) expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("are actually translated (not a copy of the French)", () => {
    const same = [...french].filter(([key, text]) => english.get(key) === text && /[a-zé]{4,}/i.test(text));
    expect(same.length / french.size).toBeLessThan(0.1);
  });
});
