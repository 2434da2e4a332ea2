"use client";
// Labelled form fields whose server-side error shows next to them (aria-invalid,
// aria-describedby), read from the enclosing ActionForm.
import { useId, type ReactNode } from "react";
import { useFieldError, useFormResult } from "@/components/ui/action-form";

type Common = { name: string; label: string; hint?: string; errorName?: string };

function Described({ id, hint, error, children }: { id: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </>
  );
}

function aria(id: string, hint?: string, error?: string) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-describedby": describedBy || undefined, "aria-invalid": error ? (true as const) : undefined };
}

export function TextField({ name, label, hint, errorName, defaultValue, type = "text", maxLength, required, autoComplete }: Common & { defaultValue?: string; type?: string; maxLength?: number; required?: boolean; autoComplete?: string }) {
  const id = useId();
  const error = useFieldError(errorName ?? name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <Described id={id} hint={hint} error={error}>
        <input id={id} name={name} type={type} defaultValue={defaultValue} maxLength={maxLength} required={required} autoComplete={autoComplete} {...aria(id, hint, error)} className="w-full max-w-xl rounded border border-stone-400 px-3 py-2" />
      </Described>
    </div>
  );
}

export function TextArea({ name, label, hint, errorName, defaultValue, rows = 4, maxLength }: Common & { defaultValue?: string; rows?: number; maxLength?: number }) {
  const id = useId();
  const error = useFieldError(errorName ?? name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <Described id={id} hint={hint} error={error}>
        <textarea id={id} name={name} rows={rows} defaultValue={defaultValue} maxLength={maxLength} {...aria(id, hint, error)} className="w-full max-w-3xl rounded border border-stone-400 px-3 py-2" />
      </Described>
    </div>
  );
}

export function SelectField({ name, label, hint, errorName, defaultValue, options, empty, multiple, size }: Common & { defaultValue?: string | string[]; options: [string, string][]; empty?: string; multiple?: boolean; size?: number }) {
  const id = useId();
  const error = useFieldError(errorName ?? name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <Described id={id} hint={hint} error={error}>
        <select id={id} name={name} defaultValue={defaultValue} multiple={multiple} size={size} {...aria(id, hint, error)} className="w-full max-w-xl rounded border border-stone-400 bg-white px-2 py-2">
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </Described>
    </div>
  );
}

export function CheckboxField({ name, label, hint, defaultChecked, value }: Common & { defaultChecked?: boolean; value?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={name} type="checkbox" value={value} defaultChecked={defaultChecked} className="mt-1 h-5 w-5" aria-describedby={hint ? `${id}-hint` : undefined} />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-stone-700">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function SubmitButton({ children, name, value, variant = "primary" }: { children: ReactNode; name?: string; value?: string; variant?: "primary" | "secondary" }) {
  const { pending } = useFormResult();
  const style = variant === "primary" ? "bg-brand-700 text-white hover:bg-brand-800" : "border border-brand-700 text-brand-800 hover:bg-brand-50";
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${style}`}>
      {children}
    </button>
  );
}
