import type { DiagnosisResult, Language } from '../contract';
import {
  ChromiumMissingError,
  RedactionError,
  reportFormatFromPath,
  writeReportFile,
} from '../engine/report';
import type { CliIo } from './io';

/** The report options of `diagnose` (and `report`): where to write it, and whether to redact. */
export interface ReportCliOptions {
  /** Target file; the extension chooses the format. Null when no report was asked for. */
  path: string | null;
  redact: boolean;
}

/**
 * Takes `--report <file>` / `--report=<file>` and `--no-redact` out of an argument list.
 * Returns the remaining arguments, or an error message (bad input: exit 2) for a missing
 * file name or an extension that is not a report format, before any work starts.
 */
export function takeReportOptions(
  args: readonly string[],
): { options: ReportCliOptions; rest: string[] } | { error: string } {
  const rest: string[] = [];
  const options: ReportCliOptions = { path: null, redact: true };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--no-redact') options.redact = false;
    else if (arg === '--report' || arg.startsWith('--report=')) {
      const value = arg === '--report' ? args[(i += 1)] : arg.slice('--report='.length);
      if (!value || value.startsWith('--'))
        return { error: '--report needs a file name, e.g. --report report.html' };
      options.path = value;
    } else rest.push(arg);
  }
  if (options.path !== null && reportFormatFromPath(options.path) === null) {
    return {
      error: `cannot tell the report format from "${options.path}": use a file name ending in .html, .md, .json or .pdf`,
    };
  }
  if (!options.redact && options.path === null)
    return { error: '--no-redact only makes sense with --report <file>' };
  return { options, rest };
}

/**
 * Writes the report (in `lang`) when one was asked for and says so on stderr. Returns the exit code to
 * use: 0 when written (or none asked), 1 when it could not be written (nothing is written
 * when redaction fails).
 */
export async function writeCliReport(
  result: DiagnosisResult,
  options: ReportCliOptions,
  io: CliIo,
  command: string,
  lang: Language,
): Promise<number> {
  if (options.path === null) return 0;
  try {
    const chromiumPath = io.env['CHROMIUM_PATH'];
    await writeReportFile(result, options.path, {
      redact: options.redact,
      lang,
      ...(chromiumPath ? { chromiumPath } : {}),
    });
    io.err(`Report written to ${options.path}${options.redact ? ' (redacted)' : ' (NOT redacted)'}.\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const prefix =
      error instanceof RedactionError || error instanceof ChromiumMissingError
        ? ''
        : 'could not write the report: ';
    io.err(`gateway-doctor ${command}: ${prefix}${message}\n`);
    return 1;
  }
}
