// The impact report's blocks as HTML (the same blocks the PDF draws), laid out for A4 print.
import type { Block, ReportDocument } from "@/lib/reports/report-document";

export function ReportView({ document, actions }: { document: ReportDocument; actions: React.ReactNode }) {
  return (
    <article className="report mx-auto max-w-4xl space-y-4 bg-white p-6 shadow-sm print:max-w-none print:p-0 print:shadow-none" data-testid="impact-report">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold text-brand-800">{document.title}</h1>
        <p className="text-stone-700">{document.meta.join(" · ")}</p>
        {document.notice && (
          <p className="rounded border border-brand-600 bg-brand-50 px-3 py-2 text-sm" data-testid="report-notice">
            {document.notice}
          </p>
        )}
        <div className="flex flex-wrap gap-3 print:hidden">{actions}</div>
      </header>
      {document.blocks.map((block, index) => (
        <ReportBlock key={index} block={block} />
      ))}
      <footer className="border-t border-stone-200 pt-3 text-sm text-stone-700">{document.footer}</footer>
    </article>
  );
}

function ReportBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return block.level === 2 ? (
        <h2 id={block.id} className="pt-4 text-xl font-semibold text-brand-800 print:break-after-avoid">
          {block.text}
        </h2>
      ) : (
        <h3 className="pt-2 text-lg font-semibold print:break-after-avoid">{block.text}</h3>
      );
    case "paragraph":
      return <p className={`whitespace-pre-line ${block.muted ? "text-sm text-stone-700" : ""}`}>{block.text}</p>;
    case "list":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case "quote":
      return (
        <figure className="border-l-4 border-brand-600 pl-3 print:break-inside-avoid">
          <blockquote className="italic">« {block.text} »</blockquote>
          <figcaption className="text-sm text-stone-700">— {block.author}</figcaption>
        </figure>
      );
    case "table":
      return (
        <div className="overflow-x-auto print:overflow-visible">
          <table className="w-full border-collapse text-left text-sm" data-testid={block.testId}>
            <caption className="sr-only">{block.caption}</caption>
            <thead>
              <tr className="border-b border-stone-300 bg-brand-50">
                {block.head.map((cell) => (
                  <th key={cell} scope="col" className="px-2 py-1.5">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex} className="border-b border-stone-200 print:break-inside-avoid">
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="px-2 py-1 font-medium">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className="px-2 py-1">
                        {cell}
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
}
