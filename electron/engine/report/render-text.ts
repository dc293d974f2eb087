import { fillText, textsEn, textsFor } from '../../contract';
import type { ReportTexts } from '../../contract';
import {
  confidenceWord,
  gatewayLine,
  keyEvidence,
  markLabel,
  ms,
  osLine,
  redactionSentence,
  responseLine,
  rttsText,
  sectionOrder,
  statusLabel,
  valueText,
  wordsOf,
} from './format';
import type { ReportModel } from './schema';

/** Column headers of the Markdown tables in one language (support tools may parse them). */
export function mdColumns(w: ReportTexts) {
  const r = w.response;
  const d = w.dns;
  return {
    facts: [w.facts.field, w.facts.value],
    headers: [r.header, w.facts.value],
    attempts: [r.number, r.statusColumn, r.error, r.time, r.address, r.via, r.answeredBy],
    hops: [
      w.trace.hop,
      r.address,
      w.trace.name,
      w.trace.probeTimes,
      w.trace.average,
      w.trace.loss,
      w.trace.note,
    ],
    dns: [d.resolver, d.role, d.result, d.addresses, r.time, d.transport, r.error],
    addressProbes: [r.address, r.statusColumn, r.error, r.time],
    checks: [w.checks.check, r.statusColumn, w.checks.values, w.checks.duration],
  } as const;
}

/** Column headers of the English Markdown tables (tests check them). */
export const MD_COLUMNS = mdColumns(textsEn.report);

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

/** Fills a catalog template for Markdown: its own words are escaped, the values are Markdown already. */
function fillMd(template: string, markdown: Readonly<Record<string, string>>): string {
  return template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      return name !== undefined && name in markdown ? (markdown[name] ?? '') : md(part);
    })
    .join('');
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
  const w = wordsOf(m);
  const r = w.response;
  const cols = mdColumns(w);
  const at = f.address ? ` ${md(fillText(r.atAddress, { address: f.address }))}` : '';
  const out = [
    `## ${md(r.title)}\n`,
    `**${md(responseLine(f, w, textsFor(m.language).sources))}** ${fillMd(r.forUrl, { url: code(f.url) })}${at} (${md(f.via)}).\n`,
  ];
  if (f.recognisedAs) out.push(`${md(f.recognisedAs)}\n`);
  const ct = m.cdnTrace;
  if (ct)
    out.push(
      `**${md(r.traceId)}${ct.cdn ? ` (${md(ct.cdn)})` : ''}:** ${code(ct.traceId)}${ct.header ? ` ${fillMd(r.traceHeader, { header: code(ct.header) })}` : ''}\n`,
    );
  const t = f.timings;
  const timings = fillText(r.timingsLine, {
    dns: ms(t.dnsMs),
    connect: ms(t.connectMs),
    tls: ms(t.tlsMs),
    firstByte: ms(t.firstByteMs),
    total: ms(t.totalMs),
  });
  out.push(`${md(timings)}\n`);
  out.push(
    `### ${md(r.headers)}\n`,
    mdTable(
      cols.headers,
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
    out.push(`### ${md(r.attempts)}\n`, mdTable(cols.attempts, rows));
  }
  return out.join('\n');
}

function mdTraceroute(m: ReportModel): string {
  const tr = m.traceroute;
  if (!tr) return '';
  const w = wordsOf(m);
  const rows = tr.hops.map((h) => [
    String(h.ttl),
    h.address ?? '*',
    h.hostname ?? '—',
    rttsText(h.rttsMs),
    ms(h.avgRttMs),
    `${h.lossPct}%`,
    markLabel(h.mark, w),
  ]);
  const tool = fillText(w.trace.toolLine, {
    tool: tr.tool,
    target: tr.target,
    reached: tr.reached ? w.trace.reached : w.trace.notReached,
  });
  return [
    `## ${md(w.trace.title)}\n`,
    `**${md(tr.reading)}**\n`,
    `${md(tool)}\n`,
    mdTable(mdColumns(w).hops, rows),
  ].join('\n');
}

function mdDns(m: ReportModel): string {
  const d = m.dns;
  if (!d) return '';
  const w = wordsOf(m);
  const cols = mdColumns(w);
  const rows = d.answers.map((a) => [
    a.resolver,
    a.role,
    a.rcode ?? '—',
    a.addresses.join(', ') || '—',
    ms(a.latencyMs),
    a.transport,
    a.error ?? '—',
  ]);
  const out = [`## ${md(w.dns.title)}\n`, `**${md(d.reading)}**\n`, mdTable(cols.dns, rows)];
  if (d.addressProbes.length) {
    const probes = d.addressProbes.map((a) => [
      a.address ?? '—',
      a.status === null ? '—' : String(a.status),
      a.error ?? '—',
      ms(a.totalMs),
    ]);
    out.push(`### ${md(w.dns.perAddress)}\n`, mdTable(cols.addressProbes, probes));
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
  const w = wordsOf(m);
  const h = w.head;
  const f = w.facts;
  const out: string[] = [];
  out.push(
    `# ${md(v.title)}\n`,
    `**${md(fillText(h.forLine, { recipient: v.reportToLabel }))}**\n`,
    `**${md(h.verdict)}:** ${code(v.id)} · **${md(h.whoMustAct)}:** ${md(v.whoActsLabel)} · **${md(h.confidence)}:** ${md(confidenceWord(h, v.confidence))}\n`,
    `${md(v.headline)}\n`,
  );
  const key = keyEvidence(m);
  if (key) out.push(`**${md(h.keyEvidence)}:** ${md(key)}\n`);
  out.push(`## ${md(h.tellThem)}\n`, list(v.askThem));
  out.push(
    `## ${md(f.title)}\n`,
    mdTable(mdColumns(w).facts, [
      [h.checkedAt, `${m.run.startedAtLocal} (${m.run.startedAt} → ${m.run.finishedAt})`],
      [f.timeZone, m.run.timeZone],
      [f.target, `${m.target.url} ${fillText(f.targetValue, { host: m.target.host, port: m.target.port })}`],
      [f.computer, `${osLine(m.environment)}, ${fillText(f.computerName, { name: m.environment.hostname })}`],
      [f.appVersion, `Gateway Doctor ${m.environment.appVersion}`],
      [f.run, `${m.run.runId}, ${fillText(f.took, { duration: ms(m.run.durationMs) })}`],
      [f.privacy, redactionSentence(m)],
    ]),
  );
  out.push(`## ${md(w.why.title)}\n`, `${md(v.summary)}\n`, `${md(v.explanation)}\n`);
  if (v.reasons.length)
    out.push(`${v.reasons.map((r) => `- ${code(r.checkId)} ${code(r.code)}: ${md(r.detail)}`).join('\n')}\n`);
  const evidence = { response: mdResponse, traceroute: mdTraceroute, dns: mdDns };
  for (const id of sectionOrder(v.id)) {
    const section = evidence[id](m);
    if (section) out.push(section);
  }
  out.push(`## ${md(w.checks.title)}\n`);
  if (m.gateway) out.push(`${md(gatewayLine(m.gateway, w))}\n`);
  out.push(
    mdTable(
      mdColumns(w).checks,
      m.checks.map((c) => {
        const values = c.values.map((x) => `${x.name}: ${valueText(x.value, w)}`);
        if (c.problems.length) values.unshift(fillText(w.checks.problems, { list: c.problems.join(', ') }));
        if (c.reason) values.push(fillText(w.checks.reason, { text: c.reason }));
        if (c.hint) values.push(fillText(w.checks.hint, { text: c.hint }));
        return [`${c.label} (${c.id})`, statusLabel(c.status, w), values.join('; ') || '—', ms(c.durationMs)];
      }),
    ),
  );
  if (v.visitorSteps.length || v.ownerSteps.length) {
    out.push(`## ${md(w.steps.title)}\n`);
    if (v.visitorSteps.length)
      out.push(`### ${md(w.steps.visitor)}\n`, list(v.visitorSteps.map((s) => s.text)));
    if (v.ownerSteps.length) out.push(`### ${md(w.steps.owner)}\n`, ownerSteps(v.ownerSteps));
  }
  const footer = fillText(h.footer, { version: m.generator.version, format: m.schemaVersion });
  out.push('---\n', `${md(`${footer} · ${redactionSentence(m)}`)}\n`);
  return out.join('\n');
}

/** The report as JSON (the model itself, `schemaVersion` first). */
export function renderJson(m: ReportModel): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

/**
 * A short plain-text summary in the report's language, for the mail body (each value on one
 * line): the verdict, who acts, the site, the time, the failing answer and what it means, the
 * CDN trace id, and what to ask.
 */
export function reportSummary(m: ReportModel): string {
  const v = m.verdict;
  const w = wordsOf(m);
  const s = w.summary;
  const lines = [
    fillText(s.title, { title: v.title }),
    '',
    v.headline,
    '',
    fillText(s.whoMustAct, { who: v.whoActsLabel }),
    fillText(s.site, { url: m.target.url }),
    fillText(s.checkedAt, { time: m.run.startedAtLocal }),
  ];
  if (m.failingResponse) {
    lines.push(
      fillText(s.response, { line: responseLine(m.failingResponse, w, textsFor(m.language).sources) }),
    );
    if (m.failingResponse.recognisedAs)
      lines.push(fillText(s.meaning, { text: m.failingResponse.recognisedAs }));
  }
  if (m.cdnTrace)
    lines.push(
      fillText(s.traceId, {
        header: m.cdnTrace.header ? ` (${m.cdnTrace.header})` : '',
        id: m.cdnTrace.traceId,
      }),
    );
  if (m.traceroute && (m.traceroute.lossStartsAt !== null || !m.traceroute.reached))
    lines.push(fillText(s.traceroute, { reading: m.traceroute.reading }));
  if (m.dns && sectionOrder(v.id)[0] === 'dns') lines.push(fillText(s.dns, { reading: m.dns.reading }));
  lines.push(
    '',
    ...v.askThem.map((a) => `- ${a}`),
    '',
    fillText(s.computer, { os: osLine(m.environment), version: m.environment.appVersion }),
  );
  return `${lines.map(singleLine).join('\n')}\n`;
}
