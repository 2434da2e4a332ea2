// Impact indicators, measurements and testimonies: one schema for forms and server.
import { z } from "zod";
import "@/lib/validation/zod-locale";
import { plainText } from "@/lib/validation/alliance";

export const IMPACT_REGISTERS = ["PERFORMANCE", "INNOVATION", "TRUST"] as const;
export const INDICATOR_UNITS = ["COUNT", "PERCENT", "EUR", "HOURS", "SCORE_1_5", "RATIO"] as const;
export const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue au format AAAA-MM-JJ." })
  .refine((value) => {
    const date = new Date(value + "T00:00:00Z");
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, { message: "Cette date n'existe pas." });

/** A number typed in French ("1 234,5") or null when empty; anything else is refused. */
export const frenchNumber = z.preprocess(
  (value) => {
    if (value === null || value === undefined) return null;
    if (typeof value === "number") return value;
    const text = String(value).replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    return text === "" ? null : Number(text);
  },
  z
    .number({ message: "Saisissez un nombre (par exemple 12 ou 3,5)." })
    .refine(Number.isFinite, { message: "Saisissez un nombre (par exemple 12 ou 3,5)." })
    // Stored as Decimal(16, 4): twelve digits before the decimal point.
    .refine((value) => Math.abs(value) < 1e12, { message: "Valeur trop grande : moins de mille milliards." })
    .nullable(),
);

/** Whether a value makes sense in a unit; a French reason when it does not. */
export function unitProblem(unit: IndicatorUnit, value: number): string | null {
  switch (unit) {
    case "COUNT":
      return Number.isInteger(value) && value >= 0 ? null : "Un nombre s'exprime en entier positif ou nul (pas de valeur négative ni décimale).";
    case "PERCENT":
      return value >= 0 && value <= 100 ? null : "Un pourcentage est compris entre 0 et 100.";
    case "SCORE_1_5":
      return value >= 1 && value <= 5 ? null : "Une note va de 1 à 5.";
    case "EUR":
    case "HOURS":
    case "RATIO":
      return value >= 0 ? null : "Cette valeur ne peut pas être négative.";
  }
}

export const indicatorSchema = z
  .object({
    catalogueCode: z.string().trim().max(60).default(""),
    register: z.enum(IMPACT_REGISTERS, { message: "Choisissez le registre." }).optional(),
    name: plainText(200).default(""),
    definition: plainText(2000).default(""),
    unit: z.enum(INDICATOR_UNITS, { message: "Choisissez l'unité." }).optional(),
    direction: z.enum(DIRECTIONS).default("HIGHER_IS_BETTER"),
    baselineValue: frenchNumber.default(null),
    baselineDate: z.union([z.literal(""), day]).default(""),
    targetValue: frenchNumber.default(null),
    targetDate: z.union([z.literal(""), day]).default(""),
  })
  .superRefine((input, context) => {
    if (!input.catalogueCode) {
      if (input.name.length < 3) context.addIssue({ code: "custom", path: ["name"], message: "Nommez l'indicateur (3 caractères au moins)." });
      if (!input.register) context.addIssue({ code: "custom", path: ["register"], message: "Choisissez le registre." });
      if (!input.unit) context.addIssue({ code: "custom", path: ["unit"], message: "Choisissez l'unité." });
    }
    if ((input.baselineValue === null) !== (input.baselineDate === "")) context.addIssue({ code: "custom", path: ["baselineDate"], message: "La valeur de référence va avec sa date." });
    if ((input.targetValue === null) !== (input.targetDate === "")) context.addIssue({ code: "custom", path: ["targetDate"], message: "La cible va avec son échéance." });
    if (input.baselineDate && input.targetDate && input.targetDate <= input.baselineDate) context.addIssue({ code: "custom", path: ["targetDate"], message: "L'échéance de la cible suit la date de référence." });
  });

export const measurementSchema = z.object({
  value: frenchNumber.refine((value) => value !== null, { message: "Saisissez la valeur mesurée." }),
  measuredOn: day,
  source: plainText(300).pipe(z.string().min(2, { message: "Indiquez la source (enquête, registre, comptage…)." })),
  method: plainText(1000).default(""),
  comment: plainText(1000).default(""),
});

export const evidenceSchema = z.object({
  register: z.enum(IMPACT_REGISTERS, { message: "Choisissez le registre." }),
  quote: plainText(2000).pipe(z.string().min(10, { message: "Le témoignage fait au moins 10 caractères." })),
  authorName: plainText(120).pipe(z.string().min(2, { message: "Indiquez qui témoigne." })),
  authorRole: plainText(200).default(""),
  recordedOn: day,
  consent: z.literal(true, { message: "Le témoignage n'est publié qu'avec l'accord de son auteur : cochez la case une fois cet accord obtenu." }),
});
