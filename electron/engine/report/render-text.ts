import { keyEvidence, MARK_LABEL, ms, osLine, redactionSentence, responseLine, rttsText, sectionOrder, STATUS_LABEL, valueText } from './format';
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

function cell(text: string): string {
  // Pipes would split the cell and newlines end the row; angle brackets could become HTML.
  return text.replace(/\\/g, '\\\\').replace(/[|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function mdTable(head: readonly string[], rows: string[][]): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function mdResponse(m: ReportModel): string {
  const f = m.failingResponse;
  if (!f) return '';
  const out = ['## The failing response\n', `**${responseLine(f)}** for ${code(f.url)}${f.address ? ` at ${f.address}` : ''} (${f.via}).\n`];
  if (f.recognisedAs) out.push(`${f.recognisedAs}\n`);
  const ct = m.cdnTrace;
  if (ct) out.push(`**CDN trace id${ct.cdn ? ` (${ct.cdn})` : ''}:** ${code(ct.traceId)}${ct.header ? ` from the ${code(ct.header)} header` : ''}\n`);
  const t = f.timings;
  out.push(`Timings: DNS ${ms(t.dnsMs)}, connect ${ms(t.connectMs)}, TLS ${ms(t.tlsMs)}, first byte ${ms(t.firstByteMs)}, total ${ms(t.totalMs)}.\n`);
  out.push('### Response headers\n', mdTable(MD_COLUMNS.headers, f.headers.map((h) => [h.name, h.value])));
  if (m.attempts.length > 1) {
    const rows = m.attempts.map((a) => [
      String(a.n), a.status === null ? '—' : String(a.status), a.error ?? '—', ms(a.totalMs), a.address ?? '—', a.via,
      [a.source, a.variant].filter(Boolean).join(', ') || '—',
    ]);
    out.push('### All requests\n', mdTable(MD_COLUMNS.attempts, rows));
  }
  return out.join('\n');
}

function mdTraceroute(m: ReportModel): string {
  const tr = m.traceroute;
  if (!tr) return '';
  const rows = tr.hops.map((h) => [String(h.ttl), h.address ?? '*', h.hostname ?? '—', rttsText(h.rttsMs), ms(h.avgRttMs), `${h.lossPct}%`, MARK_LABEL[h.mark]]);
  return [
    '## Path to the site (traceroute)\n',
    `**${tr.reading}**\n`,
    `Tool: ${tr.tool} · target ${tr.target} · ${tr.reached ? 'destination reached' : 'destination not reached'}\n`,
    mdTable(MD_COLUMNS.hops, rows),
  ].join('\n');
}

function mdDns(m: ReportModel): string {
  const d = m.dns;
  if (!d) return '';
  const rows = d.answers.map((a) => [a.resolver, a.role, a.rcode ?? '—', a.addresses.join(', ') || '—', ms(a.latencyMs), a.transport, a.error ?? '—']);
  const out = ['## DNS comparison\n', `**${d.reading}**\n`, mdTable(MD_COLUMNS.dns, rows)];
  if (d.addressProbes.length) {
    const probes = d.addressProbes.map((a) => [a.address ?? '—', a.status === null ? '—' : String(a.status), a.error ?? '—', ms(a.totalMs)]);
    out.push('### The site at each address\n', mdTable(MD_COLUMNS.addressProbes, probes));
  }
  return out.join('\n');
}

/** The report as Markdown with tables (for tickets and forums). */
export function renderMarkdown(m: ReportModel): string {
  const v = m.verdict;
  const out: string[] = [];
  out.push(`# ${v.title}\n`, `**Verdict:** ${code(v.id)} · **Who must act:** ${v.whoActsLabel} · **Confidence:** ${v.confidence}\n`, `${v.headline}\n`);
  const key = keyEvidence(m);
  if (key) out.push(`**Key evidence:** ${key}\n`);
  out.push('## What to tell them\n', `${v.askThem.map((a) => `- ${a}`).join('\n')}\n`);
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
  out.push('## Why we think so\n', `${v.summary}\n`, `${v.explanation}\n`);
  if (v.reasons.length) out.push(`${v.reasons.map((r) => `- ${code(r.checkId)} ${code(r.code)}: ${r.detail}`).join('\n')}\n`);
  const evidence = { response: mdResponse, traceroute: mdTraceroute, dns: mdDns };
  for (const id of sectionOrder(v.id)) {
    const section = evidence[id](m);
    if (section) out.push(section);
  }
  out.push('## Every check\n');
  const g = m.gateway;
  if (g) {
    const state = g.reachable === null ? 'not tested' : g.reachable ? 'answers' : 'does not answer';
    out.push(`Router: ${g.address ?? 'not found'}${g.interface ? ` on ${g.interface}` : ''} · ${state} (${g.method}) · latency ${ms(g.latencyMs)} · loss ${g.lossPct === null ? '—' : `${g.lossPct}%`}\n`);
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
    if (v.visitorSteps.length) out.push('### If you are visiting the site\n', `${v.visitorSteps.map((s) => `- ${s.text}`).join('\n')}\n`);
    if (v.ownerSteps.length) out.push('### If you run the site\n', `${v.ownerSteps.map((s) => `- ${s.text}`).join('\n')}\n`);
  }
  out.push('---\n', `Made by Gateway Doctor ${m.generator.version} · report format ${m.schemaVersion} · ${redactionSentence(m.redaction)}\n`);
  return out.join('\n');
}

/** The report as JSON (the model itself, `schemaVersion` first). */
export function renderJson(m: ReportModel): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

/** A short plain-text summary for the clipboard and the e-mail body. */
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
  if (m.cdnTrace) lines.push(`CDN trace id${m.cdnTrace.header ? ` (${m.cdnTrace.header})` : ''}: ${m.cdnTrace.traceId}`);
  if (m.traceroute && (m.traceroute.lossStartsAt !== null || !m.traceroute.reached)) lines.push(`Traceroute: ${m.traceroute.reading}`);
  if (m.dns && ['dns-resolver-failing', 'dns-stale-answer'].includes(v.id)) lines.push(`DNS: ${m.dns.reading}`);
  lines.push('', ...v.askThem.map((a) => `- ${a}`), '', `Computer: ${osLine(m.environment)}, Gateway Doctor ${m.environment.appVersion}`);
  return `${lines.join('\n')}\n`;
}
