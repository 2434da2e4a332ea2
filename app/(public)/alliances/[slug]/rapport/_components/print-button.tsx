"use client";
// Opens the browser's print dialog (the print style sheet lays the report out on A4 pages).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
      {label}
    </button>
  );
}
