import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, isAbsolute, relative, sep } from 'node:path';
import type { ChannelHandlers, DiagnosisResult, Language, RedactionOptions } from '../../contract';
import { textsFor } from '../../contract';
import {
  buildReport,
  exportReport,
  renderChecked,
  reportFormatFromPath,
  ReportFormatError,
  reportMail,
  reportMailto,
  reportSummary,
  assertExportClean,
} from '../../engine/report';
import type { MainContext } from './context';

type ReportChannels = 'report:preview' | 'report:save' | 'report:copy' | 'report:email';

/** Adapters only the report needs; the defaults are the real Electron/Node ones. */
export interface ReportAdapters {
  /** Opens a mailto: URL in the user's mail program (the generic open-external refuses mailto). */
  openMailto(url: string): Promise<boolean>;
  /** Writes the export to the path the user picked. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** The user's home folder, so the mail can say where the report was saved without it. */
  homeDir(): string;
}

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
  homeDir: () => homedir(),
};

/**
 * Where a saved report is, as the mail shows it: `~/Documents/report.html` inside the home folder
 * (the home folder's own path names the user), only the file name anywhere else.
 */
export function savedFileLabel(path: string, home: string): string {
  const inside = home === '' ? '' : relative(home, path);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return `~${sep}${inside}`;
  return basename(path);
}

/** The default file name for Save as…: no host name, no query, just the site and the date. */
export function defaultReportName(result: DiagnosisResult): string {
  const host = result.target.host.replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 60) || 'site';
  const day = result.startedAt.slice(0, 10);
  return `gateway-doctor-${host}-${day}.html`;
}

/**
 * Handlers for the report channels. Every export is built from the stored diagnosis in the
 * window's language, redacted per the request and leak-checked before anything leaves: on
 * failure nothing is written, copied or mailed (the error reaches the renderer as a rejected
 * invoke). The mail goes to whoever the verdict's report is for and asks the user to attach
 * the file they saved (remembered per run here); it never claims an attachment.
 */
export function createReportHandlers(
  ctx: MainContext,
  adapters: Partial<ReportAdapters> = {},
): Pick<ChannelHandlers, ReportChannels> {
  const io: ReportAdapters = { ...realAdapters, ...adapters };
  const savedPaths = new Map<string, string>();
  const load = (runId: string): DiagnosisResult => {
    const result = ctx.history.get(runId);
    if (!result) throw new Error(`No diagnosis with id ${runId} was found in the history.`);
    return result;
  };
  const model = (r: { runId: string; redaction: RedactionOptions; lang: Language }) =>
    buildReport(load(r.runId), { redaction: r.redaction, lang: r.lang });
  return {
    'report:preview': (request) => {
      const m = model(request);
      return {
        html: renderChecked(m, 'html'),
        markdown: renderChecked(m, 'md'),
        summary: assertExportClean(m, reportSummary),
        redacted: { ...m.redaction.counts },
      };
    },
    'report:save': async ({ runId, redaction, lang }) => {
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
        lang,
        printPdf: async (html) => Buffer.from(await ctx.htmlToPdf(html)),
      });
      await io.writeFile(path, bytes);
      savedPaths.set(runId, path);
      ctx.log.info(`report saved as ${format}`);
      return { saved: true, format };
    },
    // The whole report as text (its Markdown rendering, leak-checked), not only the summary.
    'report:copy': (request) => {
      ctx.copyText(renderChecked(model(request), 'md'));
      return { ok: true };
    },
    'report:email': async (request) => {
      const m = model(request);
      const saved = savedPaths.get(request.runId);
      const mail = reportMail(m, { savedFile: saved ? savedFileLabel(saved, io.homeDir()) : null });
      try {
        return { ok: await io.openMailto(reportMailto(mail, textsFor(request.lang).report.mail.shortened)) };
      } catch (error) {
        ctx.log.warn('could not open the mail program', error);
        return { ok: false };
      }
    },
  };
}
