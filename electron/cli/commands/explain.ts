import type { Recognition } from '../../contract';
import { explainText, sourceLabel, whoActsText } from '../../engine';
// the same words for who must act as `diagnose` prints
import type { CliIo } from '../io';

const HELP = `gateway-doctor explain — say what an error page or code means and who must act.

Usage:
  gateway-doctor explain "<error text or code>" [--json]
  gateway-doctor explain - [--json]        read a pasted page or a whole response from stdin

Examples:
  gateway-doctor explain "HTTP Error 502.3 - Bad Gateway"
  gateway-doctor explain 0x80244021
  curl -si https://example.com/ | gateway-doctor explain -

--json prints status, source, variant, cdn, traceId, whoActs, summary and meaning (the
known code the page prints, e.g. cloudflare-1020).
Exit codes: 0 explained (also when the text is not recognised), 2 bad input.
`;

/** Three short lines: what it is (with the trace id), who acts, the plain summary with the code's meaning. */
function formatExplanation(r: Recognition): string {
  const head: string[] = [];
  if (r.variant?.startsWith('browser-') === true)
    head.push("Your browser's own error, no answer from the site");
  else if (r.source === 'windows-update')
    head.push(`Windows Update error, HTTP ${r.status ?? '?'} on the way to Microsoft`);
  else if (r.status === null && r.source === 'unknown') head.push('Not recognised as an HTTP error');
  else {
    if (r.status !== null) head.push(`HTTP ${r.status}`);
    head.push(r.source === 'unknown' ? 'from an unrecognised server' : `from ${sourceLabel(r.source)}`);
  }
  if (r.variant !== null) head.push(`(${r.variant})`);
  let first = head.join(' ');
  if (r.cdn !== null && r.cdn !== r.source) first += `, behind ${sourceLabel(r.cdn)}`;
  if (r.traceId !== null) first += `; trace id ${r.traceId}`;
  return `${first}\nWho must act: ${whoActsText(r.whoActs)}\n${r.summary}\n`;
}

/** `gateway-doctor explain "<text>" | - [--json]`. */
export async function runExplainCommand(args: string[], io: CliIo): Promise<number> {
  let json = false;
  let fromStdin = false;
  const words: string[] = [];
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') {
      io.out(HELP);
      return 0;
    }
    if (arg === '--json') json = true;
    else if (arg === '-') fromStdin = true;
    else if (arg.startsWith('--')) {
      io.err(`gateway-doctor explain: unknown option "${arg}". See gateway-doctor explain --help.\n`);
      return 2;
    } else words.push(arg);
  }
  if (fromStdin && words.length > 0) {
    io.err('gateway-doctor explain: give either the text or "-" (stdin), not both.\n');
    return 2;
  }
  let text: string;
  if (fromStdin) {
    try {
      text = await io.readStdin();
    } catch (error) {
      io.err(
        `gateway-doctor explain: could not read standard input: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  } else {
    text = words.join(' ');
  }
  if (text.trim().length === 0) {
    io.err(
      fromStdin
        ? 'gateway-doctor explain: standard input was empty. Paste the error page or the whole response.\n'
        : 'gateway-doctor explain: nothing to explain. Give the error text in quotes, e.g. gateway-doctor explain "HTTP Error 502", or - to read it from stdin.\n',
    );
    return 2;
  }
  const r = explainText(text);
  if (json) {
    const out: Recognition = {
      status: r.status,
      source: r.source,
      variant: r.variant,
      cdn: r.cdn,
      traceId: r.traceId,
      whoActs: r.whoActs,
      summary: r.summary,
      meaning: r.meaning,
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.out(formatExplanation(r));
  }
  return 0;
}
