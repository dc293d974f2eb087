import { DiagnosisResultSchema } from '../../contract';
import {
  readReportInput,
  REPORT_INPUT_MAX_BYTES,
  ReportInputError,
  reportJsonSchema,
} from '../../engine/report';
import type { CliIo } from '../io';
import { takeLangOption } from '../lang-option';
import { takeReportOptions, writeCliReport } from '../report-option';

const HELP = `gateway-doctor report — turn a saved diagnosis into a report for your ISP or the site's support.

Usage:
  gateway-doctor report <result.json | -> <file.html|.md|.json|.pdf> [--no-redact] [--lang en|de]
  gateway-doctor report --schema       print the JSON Schema of the .json report

<result.json> is what "gateway-doctor diagnose <url> --json" printed ("-" reads it from stdin);
it may be at most 8 MiB (stdin: 4 MiB).
The report format follows the file's extension; PDF needs Chromium (or set CHROMIUM_PATH).
Your public address, home-network addresses (not the router's), MAC addresses, this computer's
name, user names, e-mail addresses, values in web addresses and passwords/keys/tokens are
replaced by placeholders unless --no-redact is given. Your provider's routers, DNS servers and
the site's addresses stay: they are the evidence. If redaction fails, nothing is written.
--lang en|de writes the report in English or German (default: German when LC_ALL, LC_MESSAGES
or LANG starts with "de", else English).
Exit codes: 0 written, 1 could not write, 2 bad input.
`;

/** `gateway-doctor report <result.json|-> <file> [--no-redact] [--lang en|de]`. */
export async function runReportCommand(allArgs: string[], io: CliIo): Promise<number> {
  if (allArgs.includes('--help') || allArgs.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const language = takeLangOption(allArgs, io.env);
  if ('error' in language) {
    io.err(`gateway-doctor report: ${language.error}.\n`);
    return 2;
  }
  const args = language.rest;
  if (args.length === 1 && args[0] === '--schema') {
    io.out(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
    return 0;
  }
  const positional = args.filter((a) => a === '-' || !a.startsWith('-'));
  const flags = args.filter((a) => !positional.includes(a));
  const unknown = flags.find((f) => f !== '--no-redact');
  if (unknown || positional.length !== 2) {
    io.err(
      `gateway-doctor report: ${unknown ? `unknown option "${unknown}"` : 'give the saved result and the report file'}. See gateway-doctor report --help.\n`,
    );
    return 2;
  }
  const [source = '', target = ''] = positional;
  const taken = takeReportOptions(['--report', target, ...flags]);
  if ('error' in taken) {
    io.err(`gateway-doctor report: ${taken.error}.\n`);
    return 2;
  }
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await readReportInput(source, REPORT_INPUT_MAX_BYTES);
  } catch (error) {
    if (error instanceof ReportInputError) {
      io.err(`gateway-doctor report: ${error.message}\n`);
      return 2;
    }
    io.err(
      `gateway-doctor report: cannot read "${source}": ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    io.err(
      `gateway-doctor report: "${source}" is not JSON (expected the output of "gateway-doctor diagnose --json").\n`,
    );
    return 2;
  }
  const parsed = DiagnosisResultSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    io.err(
      `gateway-doctor report: "${source}" is not a diagnosis result (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}).\n`,
    );
    return 2;
  }
  return writeCliReport(parsed.data, taken.options, io, 'report', language.lang);
}
