"use client";
// The alliance's address, ready to copy (works without JavaScript as a plain link).
import { useState } from "react";

export function ShareLink({ path, label, copyLabel }: { path: string; label: string; copyLabel: string }) {
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? path : new URL(path, window.location.origin).toString();
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <a href={path} className="underline underline-offset-4">
        {label}
      </a>
      <button
        type="button"
        className="rounded border border-stone-400 px-2 py-1"
        onClick={async () => {
          await navigator.clipboard?.writeText(url);
          setCopied(true);
        }}
      >
        {copyLabel}
      </button>
      <span role="status" className="text-green-900">
        {copied ? "✓" : ""}
      </span>
    </p>
  );
}
