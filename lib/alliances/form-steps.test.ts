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

describe("the scaling step", () => {
  // `changes` replace fields of the base form (or add them).
  const planForm = (changes: Record<string, string> = {}) => {
    const base: [string, string][] = [
      ["plan.kind", "GEOGRAPHIC"],
      ["plan.title", "Essaimer en Charente"],
      ["plan.status", "IN_PREPARATION"],
      ["plan.startDate", "2026-01-01"],
      ["plan.departements", "16"],
      ["plan.departements", "17"],
      ["plan.departements", "16"],
      ["milestoneRows", "2"],
      ["milestones.0.title", "Première réunion à Angoulême"],
      ["milestones.0.dueDate", "2026-03-01"],
      ["milestones.0.done", "on"],
      ["milestones.1.title", ""],
      ["milestones.1.dueDate", ""],
      ["planFundingRows", "1"],
      ["planFunding.0.mechanism", "PUBLIC_FUNDING"],
      ["planFunding.0.amountSought", "20 000"],
    ];
    const names = new Set(Object.keys(changes));
    return form([...base.filter(([name]) => !names.has(name)), ...Object.entries(changes)]);
  };

  it("adds a plan with its targets, milestones and funding, then edits and removes it", () => {
    const added = allianceDraftSchema.parse(applyStep("essaimage", emptyDraft(), planForm()));
    expect(added.scalingPlans).toHaveLength(1);
    const plan = added.scalingPlans[0]!;
    expect(plan.targets).toEqual([
      { level: "DEPARTEMENT", code: "16", label: "" },
      { level: "DEPARTEMENT", code: "17", label: "" },
    ]);
    expect(plan.milestones).toEqual([expect.objectContaining({ title: "Première réunion à Angoulême", dueDate: "2026-03-01", done: true })]);
    expect(plan.funding).toEqual([expect.objectContaining({ mechanism: "PUBLIC_FUNDING", amountSought: 20000 })]);

    const edited = allianceDraftSchema.parse(applyStep("essaimage", added, planForm({ "plan.key": plan.key, "plan.status": "UNDER_WAY" })));
    expect(edited.scalingPlans).toHaveLength(1);
    expect(edited.scalingPlans[0]).toMatchObject({ key: plan.key, status: "UNDER_WAY" });

    const removed = applyStep("essaimage", edited, form([["plan.key", plan.key], ["intent", "remove-plan"]])) as typeof edited;
    expect(removed.scalingPlans).toHaveLength(0);
  });

  it("refuses a milestone before the plan starts", () => {
    const result = allianceDraftSchema.safeParse(applyStep("essaimage", emptyDraft(), planForm({ "milestones.0.dueDate": "2025-06-01" })));
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join(".")).toBe("scalingPlans.0.milestones.0.dueDate");
    expect(issue.message).toMatch(/étape|début/i);
  });

  it("comes after the success factors and before the documents", () => {
    expect(nextStep("facteurs")).toBe("essaimage");
    expect(nextStep("essaimage")).toBe("documents");
  });
});
