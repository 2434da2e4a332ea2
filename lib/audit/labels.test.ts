// Every action written to the audit log has a label in the journal, in both languages:
// read from the source, so a new action without a label fails here, not in front of an admin.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Action names in `audit(tx, { … action: "a.b" … })` calls, including both sides of a ternary. */
function auditedActions(): string[] {
  const actions = new Set<string>();
  for (const file of sourceFiles(path.join(import.meta.dirname, ".."))) {
    for (const match of fs.readFileSync(file, "utf8").matchAll(/\baction: ([^,}\n]+)/g)) {
      for (const name of match[1]!.matchAll(/"([a-z]+(?:\.[a-z-]+)+)"/g)) actions.add(name[1]!);
    }
  }
  return [...actions].sort();
}

function label(messages: unknown, action: string): unknown {
  return action.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], (messages as { journal: { actions: unknown } }).journal.actions);
}

describe("audit log labels", () => {
  it("finds the audited actions in the source", () => {
    expect(auditedActions()).toEqual(expect.arrayContaining(["alliance.submit", "moderation.approve", "replication.confirm", "impact.catalogue.update"]));
  });

  it("has a French and an English label for every audited action", () => {
    const missing = auditedActions().flatMap((action) => [
      ...(typeof label(fr, action) === "string" ? [] : [`fr: ${action}`]),
      ...(typeof label(en, action) === "string" ? [] : [`en: ${action}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
