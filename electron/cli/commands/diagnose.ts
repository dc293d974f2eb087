import { DiagnosisResultSchema } from '../../contract';
import type { DiagnosisEvent, DiagnosisOptions, DiagnosisResult, Language } from '../../contract';
import {
  checkLabel,
  checkLine,
  createNodeEngineDeps,
  formatDiagnosis,
  InputError,
  isIpLiteral,
  parseTarget,
  runDiagnosis,
} from '../../engine';
import { stripUrlSecrets } from '../../engine/report';
import { createNodeFixDeps, FixStateStore } from '../../engine/fixes';
import type { CliIo } from '../io';
import { takeLangOption } from '../lang-option';
import type { ReportCliOptions } from '../report-option';
import { takeReportOptions, writeCliReport } from '../report-option';

const HELP = `gateway-doctor diagnose — find where a site's error comes from and who must act.

Usage:
  gateway-doctor diagnose <url> [options]

Options:
  --json                 print the whole result as JSON (verdict.id is the verdict)
  --resolvers ip,ip      alternative DNS servers to compare with yours (default 1.1.1.1,8.8.8.8,9.9.9.9)
  --control url,url      known-good sites (default https://www.example.com,https://www.wikipedia.org)
  --repeat N             requests to the site, to catch intermittent errors (1-20, default 3)
  --external             also ask check-host.net whether the site is down for everyone
                         (sends the address to that service; off by default)
  --timeout seconds      overall time limit (1-120, default 10)
  --report <file>        also write a report for your ISP or the site: .html, .md, .json or .pdf
                         (format by extension; PDF needs Chromium or CHROMIUM_PATH)
  --no-redact            keep your public address, home-network addresses, MACs, names, e-mail
                         addresses, web-address values and credentials in the report
  --lang en|de           language of the output and the report (default: German when LC_ALL,
                         LC_MESSAGES or LANG starts with "de", else English)
  --help                 show this help

Exit codes: 0 diagnosis completed (whatever the verdict), 1 internal error, 2 bad input.
`;

interface Parsed {
  url: string;
  json: boolean;
  options: DiagnosisOptions;
  // REPORT: `--report <file>` / `--no-redact` (report helper).
  report: ReportCliOptions;
  /** Language of the human output and the report (`--lang`, else the environment's). */
  lang: Language;
}

function listValue(name: string, value: string | undefined): string[] {
  if (value === undefined || value.startsWith('--')) throw new InputError(`${name} needs a value.`);
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new InputError(`${name} needs at least one value.`);
  return items;
}

function numberValue(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
  integer: boolean,
): number {
  const n = Number(value);
  if (
    value === undefined ||
    value.trim() === '' ||
    !Number.isFinite(n) ||
    n < min ||
    n > max ||
    (integer && !Number.isInteger(n))
  ) {
    throw new InputError(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`);
  }
  return n;
}

/**
 * Parses argv into a request; throws InputError with a message for the user. `env` gives the
 * default language (LC_ALL / LC_MESSAGES / LANG) when there is no `--lang`.
 */
export function parseDiagnoseArgs(allArgs: string[], env: NodeJS.ProcessEnv = {}): Parsed | 'help' {
  if (allArgs.includes('--help') || allArgs.includes('-h')) return 'help';
  const language = takeLangOption(allArgs, env);
  if ('error' in language) throw new InputError(`${language.error}.`);
  // REPORT: `--report <file>` and `--no-redact` are taken out first (checked: a bad extension is bad input).
  const taken = takeReportOptions(language.rest);
  if ('error' in taken) throw new InputError(`${taken.error}.`);
  const args = taken.rest;
  const options: DiagnosisOptions = {};
  let json = false;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const next = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--json':
        json = true;
        break;
      case '--external':
        options.external = true;
        break;
      case '--resolvers': {
        const ips = listValue('--resolvers', next());
        const bad = ips.find((ip) => !isIpLiteral(ip));
        if (bad !== undefined) throw new InputError(`--resolvers takes IP addresses; "${bad}" is not one.`);
        if (ips.length > 8) throw new InputError('--resolvers takes at most 8 addresses.');
        options.resolvers = ips;
        break;
      }
      case '--control': {
        const urls = listValue('--control', next()).map((u) => parseTarget(u).url);
        if (urls.length > 5) throw new InputError('--control takes at most 5 sites.');
        options.controls = urls;
        break;
      }
      case '--repeat':
        options.repeat = numberValue('--repeat', next(), 1, 20, true);
        break;
      case '--timeout':
        options.timeoutSec = numberValue('--timeout', next(), 1, 120, false);
        break;
      default:
        if (arg.startsWith('-') && arg !== '-')
          throw new InputError(`unknown option "${arg}". See gateway-doctor diagnose --help.`);
        if (url !== undefined) throw new InputError(`give one address only (got "${url}" and "${arg}").`);
        url = arg;
    }
  }
  if (url === undefined)
    throw new InputError('give the address of the site, e.g. gateway-doctor diagnose https://example.com');
  parseTarget(url); // validate early for a clear message
  return { url, json, options, report: taken.options, lang: language.lang };
}

/** Keeps the result for `fix switch-dns` (its proposal); a failure only costs that, so it is a note on stderr. */
async function keepForFixes(result: DiagnosisResult, io: CliIo): Promise<void> {
  try {
    await new FixStateStore(await createNodeFixDeps({ env: io.env })).saveLastDiagnosis(result);
  } catch (e) {
    io.err(
      `gateway-doctor diagnose: could not keep this diagnosis for the quick fixes (${e instanceof Error ? e.message : String(e)}).\n`,
    );
  }
}

/** `gateway-doctor diagnose <url> [--json] [--resolvers ...] [--control ...] [--repeat N] [--external] [--timeout s]`. */
export async function runDiagnoseCommand(args: string[], io: CliIo): Promise<number> {
  let parsed: Parsed | 'help';
  try {
    parsed = parseDiagnoseArgs(args, io.env);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`gateway-doctor diagnose: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (parsed === 'help') {
    io.out(HELP);
    return 0;
  }
  const lang = parsed.lang;
  const deps = createNodeEngineDeps({ env: io.env });
  const onEvent = io.errIsTty
    ? (e: DiagnosisEvent): void => {
        if (e.type === 'check-started') io.err(`  ...     ${checkLabel(e.checkId, lang)}\n`);
        else if (e.type === 'check-finished') io.err(`  ${checkLine(e.result, lang)}\n`);
        else if (e.type === 'hop')
          io.err(`          hop ${e.hop.ttl}: ${e.hop.probes.map((p) => p.address ?? '*').join(' ')}\n`);
      }
    : undefined;
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const result = await runDiagnosis({ url: parsed.url, options: parsed.options }, deps, {
      signal: controller.signal,
      ...(onEvent ? { onEvent } : {}),
    });
    // REPORT: when --report was given, write it (redacted unless --no-redact); 1 when it could not be written.
    const reportExit = await writeCliReport(result, parsed.report, io, 'diagnose', lang);
    await keepForFixes(result, io);
    if (parsed.json) {
      const valid = DiagnosisResultSchema.parse(result);
      // What the user typed may hold a password, a token in the query or a fragment: print it without.
      const printed = { ...valid, target: { ...valid.target, input: stripUrlSecrets(valid.target.input) } };
      io.out(`${JSON.stringify(printed, null, 2)}\n`);
    } else {
      io.out(formatDiagnosis(result, { lang }));
    }
    return reportExit;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`gateway-doctor diagnose: ${e.message}\n`);
      return 2;
    }
    if (controller.signal.aborted) {
      io.err('gateway-doctor diagnose: cancelled.\n');
      return 130;
    }
    io.err(`gateway-doctor diagnose: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
