// Public API of the report module (docs/architecture.md, "The report").
export { buildReport, assertExportClean } from './build';
export { buildReportModel, formatLocalTime, pickFailingAttempt } from './model';
export { renderHtml, REPORT_CSS } from './render-html';
export { renderMarkdown, renderJson, reportSummary, MD_COLUMNS, mdColumns } from './render-text';
export { renderHopChart } from './chart';
export { RedactionError, DEFAULT_REDACTION, redactDeep } from './redact';
export { isPublicIpv4, isPublicIpv6 } from './detect';
export { REPORT_INPUT_MAX_BYTES, ReportInputError, readReportInput, assertReportInputSize } from './input';
export { stripUrlSecrets } from './detect-url';
export { REDACTION_KIND_LABEL, ALWAYS_REDACTED } from './redaction-kinds';
export { ReportModelSchema, REPORT_SCHEMA_VERSION, reportJsonSchema } from './schema';
export type { ReportModel, ReportHop } from './schema';
export { ChromiumMissingError, findChromium, chromiumPrintArgs, renderPdfWithChromium } from './pdf';
export {
  ReportFormatError,
  reportFormatFromPath,
  renderChecked,
  exportReport,
  writeReportFile,
} from './export';
export type { PdfPrinter } from './export';
export { reportMail, reportMailSubject, reportMailto, utcMinute } from './mail';
export type { ReportMail } from './mail';
