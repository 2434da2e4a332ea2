// Errors carry keys; the reader's language is chosen where they are shown.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { AppError } from "@/lib/errors";
import { hasMessage, translate } from "@/lib/i18n/translate";
import { formDataToObject, formList, formCheckbox } from "@/lib/validation/form";
import { suspendFormSchema } from "@/lib/validation/people";

describe("translate", () => {
  it("puts a key with its parameters in either language, and leaves literal text alone", () => {
    expect(translate("fr", { key: "errors.app.internal", params: { ref: "ab12cd34" } })).toBe("Une erreur inattendue est survenue : rien n'a été enregistré. Référence : ab12cd34.");
    expect(translate("en", { key: "errors.app.internal", params: { ref: "ab12cd34" } })).toBe("An unexpected error occurred: nothing was saved. Reference: ab12cd34.");
    expect(translate("en", "Texte déjà rédigé.")).toBe("Texte déjà rédigé.");
    expect(hasMessage("errors.app")).toBe(false);
    expect(hasMessage("errors.app.retry")).toBe(true);
  });
});

describe("AppError", () => {
  it("keeps French for logs and tests, and answers in English when asked", () => {
    const error = new AppError("CONFLICT", "errors.people.alreadySuspended");
    expect(error.message).toBe("Ce compte est déjà suspendu.");
    expect(error.localized("en").error).toBe("This account is already suspended.");
  });

  it("turns zod issues into field errors by path, with zod's own figures in the message", () => {
    const schema = z.object({ name: z.string().max(5), tags: z.array(z.string()).min(2), nested: z.object({ email: z.email() }) });
    const parsed = schema.safeParse({ name: "beaucoup trop long", tags: ["un"], nested: { email: "pas une adresse" } });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const error = AppError.fromZod(parsed.error);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors).toEqual({
      name: ["5 caractères au maximum."],
      tags: ["Choisissez-en au moins 2."],
      "nested.email": ["Saisissez une adresse e-mail valide."],
    });
    expect(error.localized("en")).toEqual({
      error: "Some fields need correcting.",
      fieldErrors: { name: ["5 characters at most."], tags: ["Choose at least 2."], "nested.email": ["Enter a valid e-mail address."] },
    });
  });

  it("says a missing field is required, in the schema's own words when it has some", () => {
    const parsed = suspendFormSchema.safeParse({ reason: "abc" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const { fieldErrors } = AppError.fromZod(parsed.error).localized("en");
    expect(fieldErrors?.userId?.[0]).toBe("This field is required.");
    expect(fieldErrors?.reason?.[0]).toBe("Give the reason for the suspension (at least 5 characters).");
  });
});

describe("formDataToObject", () => {
  it("gives one value per name, an array for repeated names, and drops Next's own fields", () => {
    const form = new FormData();
    form.set("name", "Silver Geek");
    form.append("domain", "AGEING");
    form.append("domain", "DIGITAL");
    form.set("$ACTION_ID_abc", "");
    form.set("visits", "on");
    const object = formDataToObject(form);
    expect(object).toEqual({ name: "Silver Geek", domain: ["AGEING", "DIGITAL"], visits: "on" });
    const schema = z.object({ domain: formList(z.string()), visits: formCheckbox(), other: formList(z.string()), off: formCheckbox() });
    expect(schema.parse(object)).toEqual({ domain: ["AGEING", "DIGITAL"], visits: true, other: [], off: false });
  });
});
