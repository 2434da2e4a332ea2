"use client";
// Last-resort error page when the root layout itself fails (e.g. database lost mid-render).
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Une erreur est survenue</h1>
        <p>
          Essaim n&apos;a pas pu afficher cette page. Réessayez dans un instant. Référence : {error.digest ?? "—"}.
        </p>
        <button type="button" onClick={reset}>
          Réessayer
        </button>
      </body>
    </html>
  );
}
