// Reading HTML forms with zod: FormData as a plain object, and the field shapes forms send
// (a checkbox, a number typed as text, a list of values under one name).
import { z } from "zod";
import "@/lib/validation/zod-locale";

/**
 * A form's fields as an object: one value per name, or an array when the name repeats
 * (multi-selects, checkboxes of one group). Next's own `$ACTION_…` fields are left out.
 */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION")) continue;
    const values = formData.getAll(name);
    object[name] = values.length > 1 ? values : values[0]!;
  }
  return object;
}

/** A text field: absent counts as empty; trimmed. */
export const formText = (max = 500) => z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(max));

/** A checkbox: present ("on", "1", "true") means true. */
export const formCheckbox = () => z.preprocess((value) => value === "on" || value === "1" || value === "true" || value === true, z.boolean());

/** Several values under one name (always an array, possibly empty). */
export const formList = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));

/** An identifier posted by the page (hidden field): required, bounded, no spaces. */
export const formId = () => z.string().trim().min(1, { message: "errors.app.badForm" }).max(100, { message: "errors.app.badForm" }).regex(/^[\w-]+$/, { message: "errors.app.badForm" });

/** One value of a URL's search parameters (the first when repeated; empty means absent). */
export const searchParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema.optional());
