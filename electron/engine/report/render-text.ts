import {
  keyEvidence,
  MARK_LABEL,
  ms,
  osLine,
  redactionSentence,
  responseLine,
  rttsText,
  sectionOrder,
  STATUS_LABEL,
  valueText,
} from './format';
import type { ReportModel } from './schema';

/** Column headers of the Markdown tables (tests check them; support tools may parse them). */
export const MD_COLUMNS = {
  facts: ['Field', 'Value'],
  headers: ['Header', 'Value'],
  attempts: ['#', 'Status', 'Error', 'Time', 'Address', 'Via', 'Answered by'],
  hops: ['Hop', 'Address', 'Name', 'Probe times (ms)', 'Average', 'Loss', 'Note'],
  dns: ['Resolver', 'Role', 'Result', 'Addresses', 'Time', 'Transport', 'Error'],
  addressProbes: ['Address', 'Status', 'Error', 'Time'],
  checks: ['Check', 'Status', 'Values', 'Duration'],
} as const;

// Characters that mean something in Markdown or HTML anywhere in a line: escape, code, emphasis,
// link brackets, HTML and autolinks (< & @), table pipes. A ( only matters after ], handled below.
const MD_SPECIAL = /[\\`*_[\]<>|~&@]/g;
const PLACEHOLDER_G = /\[(?:public-ip|lan-ip|mac|hostname|user|email|query|credential)-\d{1,9}\]/g;
// C0/C1 controls, zero-width and bidi-override characters: none belongs in a one-line field.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/g;

/** One line of plain text: control characters and line breaks become one space. */
function singleLine(value: string): string {
  return value.replace(CONTROL, ' ');
}

/**
 * Escapes one interpolated value for Markdown: one line, every Markdown/HTML character
 * backslash-escaped, block markers at its start escaped. Placeholders (`[public-ip-1]`) stay
 * readable; a bracket after them is escaped so they can never become a link or a link definition.
 * Every value the Markdown renderer writes goes through here (or through {@link code}).
 */
function md(value: string): string {
  const line = singleLine(value);
  let out = '';
  let last = 0;
  for (const m of line.matchAll(PLACEHOLDER_G)) {
    out += line.slice(last, m.index).replace(MD_SPECIAL, '\\$&') + m[0];
    last = m.index + m[0].length;
  }
  out += line.slice(last).replace(MD_SPECIAL, '\\$&');
  return out
    .replace(/\](?=[([:])/g, ']\\')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A value as inline code: one line, backticks replaced (code spans show everything else as text). */
function code(text: string): string {
  return `\`${singleLine(text).replace(/`/g, "'")}\``;
}

/** A table whose cells are values (escaped here); pipes are escaped by {@link md}. */
function mdTable(head: readonly string[], rows: string[][]): string {
  const lines = [`| ${head.map(md).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(md).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

function mdResponse(m: ReportModel): string {
  const f = m.failingResponse;
  if (!f) return '';
  const at = f.address ? ` at ${md(f.address)}` : '';
  const out = [
    '## The failing response\n',
    `**${md(responseLine(f))}** for ${code(f.url)}${at} (${md(f.via)}).\n`,
  ];
  if (f.recognisedAs) out.push(`${md(f.recognisedAs)}\n`);
  const ct = m.cdnTrace;
  if (ct)
    out.push(
      `**CDN trace id${ct.cdn ? ` (${md(ct.cdn)})` : ''}:** ${code(ct.traceId)}${ct.header ? ` from the ${code(ct.header)} header` : ''}\n`,
    );
  const t = f.timings;
  out.push(
    `${md(`Timings: DNS ${ms(t.dnsMs)}, connect ${ms(t.connectMs)}, TLS ${ms(t.tlsMs)}, first byte ${ms(t.firstByteMs)}, total ${ms(t.totalMs)}.`)}\n`,
  );
  out.push(
    '### Response headers\n',
    mdTable(
      MD_COLUMNS.headers,
      f.headers.map((h) => [h.name, h.value]),
    ),
  );
  if (m.attempts.length > 1) {
    const rows = m.attempts.map((a) => [
      String(a.n),
      a.status === null ? '—' : String(a.status),
      a.error ?? '—',
      ms(a.totalMs),
      a.address ?? '—',
      a.via,
      [a.source, a.variant].filter(Boolean).join(', ') || '—',
    ]);
    out.push('### All requests\n', mdTable(MD_COLUMNS.attempts, rows));
  }
  return out.join('\n');
}

function mdTraceroute(m: ReportModel): string {
  const tr = m.traceroute;
  if (!tr) return '';
  const rows = tr.hops.map((h) => [
    String(h.ttl),
    h.address ?? '*',
    h.hostname ?? '—',
    rttsText(h.rttsMs),
    ms(h.avgRttMs),
    `${h.lossPct}%`,
    MARK_LABEL[h.mark],
  ]);
  return [
    '## Path to the site (traceroute)\n',
    `**${md(tr.reading)}**\n`,
    `${md(`Tool: ${tr.tool} · target ${tr.target} · ${tr.reached ? 'destination reached' : 'destination not reached'}`)}\n`,
    mdTable(MD_COLUMNS.hops, rows),
  ].join('\n');
}

function mdDns(m: ReportModel): string {
  const d = m.dns;
  if (!d) return '';
  const rows = d.answers.map((a) => [
    a.resolver,
    a.role,
    a.rcode ?? '—',
    a.addresses.join(', ') || '—',
    ms(a.latencyMs),
    a.transport,
    a.error ?? '—',
  ]);
  const out = ['## DNS comparison\n', `**${md(d.reading)}**\n`, mdTable(MD_COLUMNS.dns, rows)];
  if (d.addressProbes.length) {
    const probes = d.addressProbes.map((a) => [
      a.address ?? '—',
      a.status === null ? '—' : String(a.status),
      a.error ?? '—',
      ms(a.totalMs),
    ]);
    out.push('### The site at each address\n', mdTable(MD_COLUMNS.addressProbes, probes));
  }
  return out.join('\n');
}

const list = (items: string[]): string => `${items.map((a) => `- ${md(a)}`).join('\n')}\n`;

/** A fence longer than any run of backticks in `text`, so the text cannot close it early. */
function fence(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The owner's steps, each with its commands as code blocks inside the list item. */
function ownerSteps(steps: ReportModel['verdict']['ownerSteps']): string {
  const item = (s: ReportModel['verdict']['ownerSteps'][number]): string => {
    const commands = s.commands.map((c) => {
      const f = fence(c.command);
      const lang = c.shell === 'posix' ? 'sh' : 'powershell';
      return `\n  ${md(c.label)}\n\n  ${f}${lang}\n  ${c.command.split('\n').join('\n  ')}\n  ${f}\n`;
    });
    return `- ${md(s.text)}\n${commands.join('')}`;
  };
  return `${steps.map(item).join('\n')}\n`;
}

/** The report as Markdown with tables (for tickets and forums). Every value is escaped by {@link md}. */
export function renderMarkdown(m: ReportModel): string {
  const v = m.verdict;
  const out: string[] = [];
  out.push(
    `# ${md(v.title)}\n`,
    `**Verdict:** ${code(v.id)} · **Who must act:** ${md(v.whoActsLabel)} · **Confidence:** ${md(v.confidence)}\n`,
    `${md(v.headline)}\n`,
  );
  const key = keyEvidence(m);
  if (key) out.push(`**Key evidence:** ${md(key)}\n`);
  out.push('## What to tell them\n', list(v.askThem));
  out.push(
    '## When, what and from where\n',
    mdTable(MD_COLUMNS.facts, [
      ['Checked at', `${m.run.startedAtLocal} (${m.run.startedAt} → ${m.run.finishedAt})`],
      ['Time zone', m.run.timeZone],
      ['Target', `${m.target.url} (host ${m.target.host}, port ${m.target.port})`],
      ['Computer', `${osLine(m.environment)}, name ${m.environment.hostname}`],
      ['App version', `Gateway Doctor ${m.environment.appVersion}`],
      ['Run', `${m.run.runId}, took ${ms(m.run.durationMs)}`],
      ['Privacy', redactionSentence(m.redaction)],
    ]),
  );
  out.push('## Why we think so\n', `${md(v.summary)}\n`, `${md(v.explanation)}\n`);
  if (v.reasons.length)
    out.push(`${v.reasons.map((r) => `- ${code(r.checkId)} ${code(r.code)}: ${md(r.detail)}`).join('\n')}\n`);
  const evidence = { response: mdResponse, traceroute: mdTraceroute, dns: mdDns };
  for (const id of sectionOrder(v.id)) {
    const section = evidence[id](m);
    if (section) out.push(section);
  }
  out.push('## Every check\n');
  const g = m.gateway;
  if (g) {
    const state = g.reachable === null ? 'not tested' : g.reachable ? 'answers' : 'does not answer';
    const line = `Router: ${g.address ?? 'not found'}${g.interface ? ` on ${g.interface}` : ''} · ${state} (${g.method}) · latency ${ms(g.latencyMs)} · loss ${g.lossPct === null ? '—' : `${g.lossPct}%`}`;
    out.push(`${md(line)}\n`);
  }
  out.push(
    mdTable(
      MD_COLUMNS.checks,
      m.checks.map((c) => {
        const values = c.values.map((x) => `${x.name}: ${valueText(x.value)}`);
        if (c.problems.length) values.unshift(`problems: ${c.problems.join(', ')}`);
        if (c.reason) values.push(`why: ${c.reason}`);
        if (c.hint) values.push(`hint: ${c.hint}`);
        return [`${c.label} (${c.id})`, STATUS_LABEL[c.status], values.join('; ') || '—', ms(c.durationMs)];
      }),
    ),
  );
  if (v.visitorSteps.length || v.ownerSteps.length) {
    out.push('## Next steps\n');
    if (v.visitorSteps.length)
      out.push('### If you are visiting the site\n', list(v.visitorSteps.map((s) => s.text)));
    if (v.ownerSteps.length) out.push('### If you run the site\n', ownerSteps(v.ownerSteps));
  }
  out.push(
    '---\n',
    `${md(`Made by Gateway Doctor ${m.generator.version} · report format ${m.schemaVersion} · ${redactionSentence(m.redaction)}`)}\n`,
  );
  return out.join('\n');
}

/** The report as JSON (the model itself, `schemaVersion` first). */
export function renderJson(m: ReportModel): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

/** A short plain-text summary for the clipboard and the e-mail body (each value on one line). */
export function reportSummary(m: ReportModel): string {
  const v = m.verdict;
  const lines = [
    `Gateway Doctor report: ${v.title}`,
    '',
    v.headline,
    '',
    `Who must act: ${v.whoActsLabel}`,
    `Site: ${m.target.url}`,
    `Checked at: ${m.run.startedAtLocal}`,
  ];
  if (m.failingResponse) lines.push(`Response: ${responseLine(m.failingResponse)}`);
  if (m.cdnTrace)
    lines.push(`CDN trace id${m.cdnTrace.header ? ` (${m.cdnTrace.header})` : ''}: ${m.cdnTrace.traceId}`);
  if (m.traceroute && (m.traceroute.lossStartsAt !== null || !m.traceroute.reached))
    lines.push(`Traceroute: ${m.traceroute.reading}`);
  if (m.dns && ['dns-resolver-failing', 'dns-stale-answer'].includes(v.id))
    lines.push(`DNS: ${m.dns.reading}`);
  lines.push(
    '',
    ...v.askThem.map((a) => `- ${a}`),
    '',
    `Computer: ${osLine(m.environment)}, Gateway Doctor ${m.environment.appVersion}`,
  );
  return `${lines.map(singleLine).join('\n')}\n`;
}
