// One figure of the impact pages: a heading, a sentence that says what matters, the chart,
// and beside it the same figures as a table and a CSV download (screen readers and
// spreadsheet users get the data, not a picture of it).
import type { ReactNode } from "react";
import { useLocale } from "next-intl";
import { intlLocaleOf } from "@/lib/i18n/format";

export type FigureTable = { caption: string; head: string[]; rows: (string | number)[][] };

export function DataFigure({ id, title, summary, chart, table, csvHref, csvLabel, emptyLabel, testId }: { id: string; title: string; summary: string | null; chart: ReactNode; table: FigureTable; csvHref?: string; csvLabel?: string; emptyLabel: string; testId?: string }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 print:break-inside-avoid" data-testid={testId}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {csvHref && (
          <a href={csvHref} className="text-sm underline underline-offset-4 print:hidden">
            {csvLabel}
          </a>
        )}
      </div>
      {table.rows.length === 0 ? (
        <p>{emptyLabel}</p>
      ) : (
        <>
          {summary && (
            <p className="font-medium text-stone-800" data-testid="figure-summary">
              {summary}
            </p>
          )}
          <div className="grid gap-4 lg:grid-cols-2">
            <div>{chart}</div>
            <DataTable {...table} />
          </div>
        </>
      )}
    </section>
  );
}

export function DataTable({ caption, head, rows }: FigureTable) {
  const fmt = intlLocaleOf(useLocale());
  const number = new Intl.NumberFormat(fmt, { maximumFractionDigits: 1 });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            {head.map((cell, index) => (
              <th key={cell} scope="col" className={`py-2 pr-4 ${index > 0 ? "text-right" : ""}`}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={`${String(row[0])}-${rowIndex}`} className="border-b border-stone-200">
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="py-1.5 pr-4 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="py-1.5 pr-4 text-right tabular-nums">
                    {typeof cell === "number" ? number.format(cell) : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
