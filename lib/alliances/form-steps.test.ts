import { describe, expect, it } from "vitest";
import { applyStep, nextStep } from "./form-steps";
import { allianceDraftSchema, emptyDraft } from "@/lib/validation/alliance";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("editor steps", () => {
  it("update only their own fields", () => {
    const draft = { ...emptyDraft(), name: "Nom", objective: "Objectif conservé" };
    const next = applyStep("identite", draft, form([["name", "Nouveau nom"], ["summary", "Résumé"], ["description", ""]])) as typeof draft;
    expect(next.name).toBe("Nouveau nom");
    expect(next.objective).toBe("Objectif conservé");
  });

  it("read repeated rows and drop empty ones", () => {
    const next = applyStep(
      "structure",
      emptyDraft(),
      form([
        ["fundingRows", "3"],
        ["funding.0.source", "Région Nouvelle-Aquitaine"],
        ["funding.0.kind", "PUBLIC"],
        ["funding.0.amountEur", "12 000"],
        ["funding.1.source", ""],
        ["funding.2.source", "Fondation"],
        ["funding.2.kind", "PATRONAGE"],
        ["funding.2.amountEur", "douze"],
        ["legalStructure", "ASSOCIATION"],
      ]),
    );
    const parsed = allianceDraftSchema.safeParse(next);
    expect(parsed.success).toBe(false); // "douze" is not a number: reported on its field
    expect(parsed.error?.issues[0]?.path).toEqual(["funding", 1, "amountEur"]);
    const fixed = (next as { funding: { amountEur: unknown }[] }).funding;
    expect(fixed[0]?.amountEur).toBe(12000);
  });

  it("keep the precise point only while the commune is unchanged", () => {
    const draft = { ...emptyDraft(), territory: { ...emptyDraft().territory, communeInsee: "86194", lat: 46.58, lng: 0.34 } };
    const same = applyStep("territoire", draft, form([["communeInsee", "86194"], ["scale", "COMMUNE"]])) as typeof draft;
    const moved = applyStep("territoire", draft, form([["communeInsee", "94018"], ["scale", "COMMUNE"]])) as typeof draft;
    expect(same.territory.lat).toBe(46.58);
    expect(moved.territory.lat).toBeNull();
  });

  it("go forward in order and stop at submission", () => {
    expect(nextStep("identite")).toBe("objectif");
    expect(nextStep("soumettre")).toBe("soumettre");
  });
});
