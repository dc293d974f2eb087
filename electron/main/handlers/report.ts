import { writeFile } from 'node:fs/promises';
import type { ChannelHandlers, DiagnosisResult, RedactionOptions } from '../../contract';
import {
  buildReport,
  exportReport,
  renderChecked,
  reportFormatFromPath,
  ReportFormatError,
  reportSummary,
  assertExportClean,
} from '../../engine/report';
import type { MainContext } from './context';

type ReportChannels = 'report:preview' | 'report:save' | 'report:copy-summary' | 'report:email-isp';

/** Adapters only the report needs; the defaults are the real Electron/Node ones. */
export interface ReportAdapters {
  /** Opens a mailto: URL in the user's mail program (the generic open-external refuses mailto). */
  openMailto(url: string): Promise<boolean>;
  /** Writes the export to the path the user picked. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

// Mail programs (and Windows' ShellExecute) cut long mailto: URLs; keep the whole URL under 2 KB.
const MAILTO_URL_LIMIT = 1900;

const SAVE_FILTERS = [
  { name: 'Web page (HTML)', extensions: ['html'] },
  { name: 'PDF', extensions: ['pdf'] },
  { name: 'Markdown', extensions: ['md'] },
  { name: 'JSON', extensions: ['json'] },
];

const realAdapters: ReportAdapters = {
  async openMailto(url) {
    // Loaded lazily so this file stays testable without the Electron binary.
    const { shell } = await import('electron');
    await shell.openExternal(url);
    return true;
  },
  writeFile: (path, bytes) => writeFile(path, bytes),
};

/**
 * Builds the mailto: URL for "Email to my ISP": no recipient (the user adds it), the summary as
 * body, cut at a line end so the whole URL stays under the length mail programs accept.
 */
export function buildIspMailto(summary: string, subject: string): string {
  const make = (body: string): string =>
    `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  let body = summary;
  while (make(body).length > MAILTO_URL_LIMIT && body.length > 0) {
    const cut = body.lastIndexOf('\n', Math.floor(body.length * 0.85));
    body = body.slice(0, cut > 0 ? cut : Math.floor(body.length * 0.85));
  }
  return body === summary ? make(body) : make(`${body}\n[…] (the full report is attached)`);
}

/** The default file name for Save as…: no host name, no query, just the site and the date. */
export function defaultReportName(result: DiagnosisResult): string {
  const host = result.target.host.replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 60) || 'site';
  const day = result.startedAt.slice(0, 10);
  return `gateway-doctor-${host}-${day}.html`;
}

/**
 * Handlers for the report channels. Every export is built from the stored diagnosis, redacted
 * per the request and leak-checked before anything leaves: on failure nothing is written,
 * copied or mailed (the error reaches the renderer as a rejected invoke).
 */
export function createReportHandlers(
  ctx: MainContext,
  adapters: Partial<ReportAdapters> = {},
): Pick<ChannelHandlers, ReportChannels> {
  const io: ReportAdapters = { ...realAdapters, ...adapters };
  const load = (runId: string): DiagnosisResult => {
    const result = ctx.history.get(runId);
    if (!result) throw new Error(`No diagnosis with id ${runId} was found in the history.`);
    return result;
  };
  const summaryOf = (model: ReturnType<typeof buildReport>): string =>
    assertExportClean(model, reportSummary);
  const checkedSummary = (runId: string, redaction: RedactionOptions): { text: string; title: string } => {
    const model = buildReport(load(runId), { redaction });
    return { text: summaryOf(model), title: model.verdict.title };
  };
  return {
    'report:preview': ({ runId, redaction }) => {
      const model = buildReport(load(runId), { redaction });
      return {
        html: renderChecked(model, 'html'),
        markdown: renderChecked(model, 'md'),
        summary: summaryOf(model),
        redacted: { ...model.redaction.counts },
      };
    },
    'report:save': async ({ runId, redaction }) => {
      const result = load(runId);
      const path = await ctx.chooseSavePath({
        defaultName: defaultReportName(result),
        filters: SAVE_FILTERS,
      });
      if (path === null) return { saved: false, format: null };
      const format = reportFormatFromPath(path);
      if (format === null)
        throw new ReportFormatError('Choose a file name ending in .html, .pdf, .md or .json.');
      const bytes = await exportReport(result, format, {
        redaction,
        printPdf: async (html) => Buffer.from(await ctx.htmlToPdf(html)),
      });
      await io.writeFile(path, bytes);
      ctx.log.info(`report saved as ${format}`);
      return { saved: true, format };
    },
    'report:copy-summary': ({ runId, redaction }) => {
      ctx.copyText(checkedSummary(runId, redaction).text);
      return { ok: true };
    },
    'report:email-isp': async ({ runId, redaction }) => {
      const { text, title } = checkedSummary(runId, redaction);
      try {
        return { ok: await io.openMailto(buildIspMailto(text, `Connection problem: ${title}`)) };
      } catch (error) {
        ctx.log.warn('could not open the mail program', error);
        return { ok: false };
      }
    },
  };
}
