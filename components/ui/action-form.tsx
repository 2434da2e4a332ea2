"use client";
// A form bound to a server action: shows the result (message, error summary, conflict),
// exposes field errors to the fields inside, keeps what the user typed on errors, and
// works without JavaScript (the action attribute posts the form).
import { createContext, startTransition, useActionState, useContext, type ReactNode } from "react";

export type FormResult =
  | { ok: true; data?: unknown; message?: string }
  | { ok: false; error: string; code: string; fieldErrors?: Record<string, string[]>; details?: unknown }
  | null;

type ServerAction = (previous: FormResult, formData: FormData) => Promise<FormResult>;

const FormResultContext = createContext<{ result: FormResult; pending: boolean }>({ result: null, pending: false });

export function useFieldError(name: string): string | undefined {
  const { result } = useContext(FormResultContext);
  return result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined;
}

export function useFormResult() {
  return useContext(FormResultContext);
}

export function ActionForm({
  action,
  children,
  className,
  renderConflict,
  testId,
}: {
  action: ServerAction;
  children: ReactNode;
  className?: string;
  renderConflict?: (details: unknown) => ReactNode;
  testId?: string;
}) {
  const [result, formAction, pending] = useActionState<FormResult, FormData>(action, null);
  return (
    <FormResultContext.Provider value={{ result, pending }}>
      <form
        action={formAction}
        noValidate
        className={className}
        data-testid={testId}
        onSubmit={(event) => {
          // Submitting by hand keeps the typed values (React resets forms after an action).
          event.preventDefault();
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
          const data = new FormData(event.currentTarget, submitter);
          startTransition(() => formAction(data));
        }}
      >
        <div aria-live="polite" className="empty:hidden">
          {result?.ok && result.message && (
            <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
              {result.message}
            </p>
          )}
          {result && !result.ok && result.code === "CONFLICT" && renderConflict && result.details ? (
            renderConflict(result.details)
          ) : result && !result.ok ? (
            <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="form-error">
              <p className="font-medium">{result.error}</p>
              {result.fieldErrors && Object.keys(result.fieldErrors).length > 0 && (
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {Object.entries(result.fieldErrors).map(([field, messages]) => (
                    <li key={field}>{messages[0]}</li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </div>
        {children}
      </form>
    </FormResultContext.Provider>
  );
}
