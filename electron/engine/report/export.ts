import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DiagnosisResult, Language, RedactionOptions, ReportFormat } from '../../contract';
import { assertExportClean, buildReport } from './build';
import { renderPdfWithChromium } from './pdf';
import { DEFAULT_REDACTION } from './redact';
import { renderHtml } from './render-html';
import { renderJson, renderMarkdown } from './render-text';
import type { ReportModel } from './schema';

/** Thrown for a file name whose extension is not a report format. */
export class ReportFormatError extends Error {
  override name = 'ReportFormatError';
}

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.pdf': 'pdf',
};

/** The report format a file name asks for, or null for an unknown extension. */
export function reportFormatFromPath(path: string): ReportFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Prints the report's HTML to PDF bytes (Chromium in the CLI, Electron's printToPDF in the app). */
export type PdfPrinter = (html: string) => Promise<Buffer>;

/**
 * Renders a built model in one text format and runs the final leak check on the exact text.
 * Throws RedactionError instead of returning text that still holds a private value.
 */
export function renderChecked(model: ReportModel, format: Exclude<ReportFormat, 'pdf'>): string {
  return assertExportClean(
    model,
    format === 'html' ? renderHtml : format === 'md' ? renderMarkdown : renderJson,
  );
}

/** Builds (in `lang`), redacts, renders and checks one export; nothing is returned when any step fails. */
export async function exportReport(
  result: DiagnosisResult,
  format: ReportFormat,
  o: { redaction: RedactionOptions; printPdf?: PdfPrinter; lang?: Language },
): Promise<Buffer> {
  const model = buildReport(result, { redaction: o.redaction, ...(o.lang ? { lang: o.lang } : {}) });
  if (format !== 'pdf') return Buffer.from(renderChecked(model, format), 'utf8');
  const html = renderChecked(model, 'html');
  return (o.printPdf ?? ((h: string) => renderPdfWithChromium(h)))(html);
}

/**
 * Writes the report of a diagnosis to `path`, the format chosen by its extension
 * (.html, .md, .json, .pdf), in `lang` (English by default). Redaction is on unless `redact` is false. Throws
 * ReportFormatError for an unknown extension, RedactionError when redaction fails (no file
 * is written then), ChromiumMissingError when a PDF is asked for and no Chromium is found.
 */
export async function writeReportFile(
  result: DiagnosisResult,
  path: string,
  o: { redact: boolean; chromiumPath?: string; lang?: Language },
): Promise<void> {
  const format = reportFormatFromPath(path);
  if (format === null) {
    throw new ReportFormatError(
      `Cannot tell the report format from "${path}": use a file name ending in .html, .md, .json or .pdf.`,
    );
  }
  const redaction: RedactionOptions = o.redact ? DEFAULT_REDACTION : { enabled: false, kinds: [] };
  const bytes = await exportReport(result, format, {
    redaction,
    ...(o.lang ? { lang: o.lang } : {}),
    printPdf: (html) => renderPdfWithChromium(html, o.chromiumPath ? { chromiumPath: o.chromiumPath } : {}),
  });
  await writeFile(path, bytes);
}
