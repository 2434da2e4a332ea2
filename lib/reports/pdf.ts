// The impact report as a PDF, generated on the server with PDFKit (no browser, works
// offline): A4 pages, the same blocks as the HTML page, a footer with the public address and
// page numbers. Standard PDF fonts (Helvetica) cover French; see ADR 0072.
import "server-only";
import PDFDocument from "pdfkit";
import type { Block, ReportDocument } from "@/lib/reports/report-document";

const MARGIN = 50;
const BRAND = "#5c3300";
const TEXT = "#1c1917";
const MUTED = "#57534e";

/** Helvetica's encoding (WinAnsi) has no narrow no-break space or arrows: French number formats use them. */
export function pdfSafe(text: string): string {
  return text.replace(/[\u202f\u2009]/g, "\u00a0").replace(/\u2192/g, "->").replace(/[\u2010\u2011]/g, "-");
}

export async function renderReportPdf(document: ReportDocument, lang: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN }, bufferPages: true, lang, displayTitle: true, info: { Title: pdfSafe(document.title), Author: "Essaim", Subject: pdfSafe(document.subtitle) } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  doc.font("Helvetica-Bold").fontSize(20).fillColor(BRAND).text(pdfSafe(document.title), { width });
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(10).fillColor(MUTED).text(pdfSafe(document.meta.join(" · ")), { width });
  if (document.notice) {
    doc.moveDown(0.5);
    doc.font("Helvetica-Oblique").fontSize(9).fillColor(BRAND).text(pdfSafe(document.notice), { width });
  }
  doc.moveDown(0.8);
  for (const block of document.blocks) renderBlock(doc, block, width);

  // Footer on every page: the public address and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - MARGIN;
    doc.font("Helvetica").fontSize(8).fillColor(MUTED);
    doc.text(pdfSafe(document.footer), MARGIN, bottom, { width: width - 40, lineBreak: false, height: 12 });
    doc.text(`${i + 1} / ${range.count}`, MARGIN + width - 40, bottom, { width: 40, align: "right", lineBreak: false, height: 12 });
  }
  doc.end();
  return done;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function renderBlock(doc: PDFKit.PDFDocument, block: Block, width: number) {
  doc.x = MARGIN;
  switch (block.kind) {
    case "heading": {
      const size = block.level === 2 ? 14 : 11.5;
      ensureSpace(doc, size * 4);
      doc.moveDown(block.level === 2 ? 0.8 : 0.4);
      doc.font("Helvetica-Bold").fontSize(size).fillColor(block.level === 2 ? BRAND : TEXT).text(pdfSafe(block.text), { width });
      doc.moveDown(0.3);
      return;
    }
    case "paragraph":
      doc.font("Helvetica").fontSize(10).fillColor(block.muted ? MUTED : TEXT).text(pdfSafe(block.text), { width, lineGap: 1.5 });
      doc.moveDown(0.4);
      return;
    case "list":
      doc.font("Helvetica").fontSize(10).fillColor(TEXT).list(block.items.map(pdfSafe), { width, bulletRadius: 1.5, textIndent: 10 });
      doc.moveDown(0.4);
      return;
    case "quote": {
      ensureSpace(doc, 40);
      const x = MARGIN + 12;
      const top = doc.y;
      doc.font("Helvetica-Oblique").fontSize(10).fillColor(TEXT).text(pdfSafe(`« ${block.text} »`), x, top, { width: width - 12, lineGap: 1.5 });
      doc.font("Helvetica").fontSize(9).fillColor(MUTED).text(pdfSafe(`— ${block.author}`), x, doc.y, { width: width - 12 });
      doc.moveTo(MARGIN + 3, top).lineTo(MARGIN + 3, doc.y).lineWidth(2).strokeColor("#dc8a2a").stroke();
      doc.moveDown(0.5);
      return;
    }
    case "table":
      renderTable(doc, block, width);
      return;
  }
}

function renderTable(doc: PDFKit.PDFDocument, block: Extract<Block, { kind: "table" }>, width: number) {
  const columns = block.head.length;
  // The first column (names) gets more room.
  const first = columns > 3 ? 0.26 : 0.3;
  const widths = columns === 3 ? [0.3, 0.2, 0.5].map((share) => width * share) : [width * first, ...Array.from({ length: columns - 1 }, () => (width * (1 - first)) / (columns - 1))];
  const pad = 3;
  const rowHeight = (cells: string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(pdfSafe(cell), { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, size: number, fill: string | null) => {
    const height = rowHeight(cells, font, size);
    ensureSpace(doc, height);
    const top = doc.y;
    if (fill) doc.rect(MARGIN, top, width, height).fill(fill);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.font(font).fontSize(size).fillColor(TEXT).text(pdfSafe(cell), x + pad, top + pad, { width: widths[i]! - 2 * pad });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(0.5).strokeColor("#d6d3d1").stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(block.head, "Helvetica-Bold", 8.5, "#fff8e6");
  for (const row of block.rows) drawRow(row, "Helvetica", 8.5, null);
  doc.moveDown(0.6);
}
