import { renderHopChart } from './chart';
import {
  escapeHtml as e,
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
import type { EvidenceSection } from './format';
import type { ReportModel } from './schema';

// Print-first styling: A4 margins, no backgrounds that waste ink, tables that do not split rows.
const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1f2430; margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 2px 0 6px; line-height: 1.2; }
h2 { font-size: 12.5pt; margin: 18px 0 6px; padding-bottom: 3px; border-bottom: 1px solid #c9ced6; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10px 0 4px; break-after: avoid; }
p { margin: 4px 0 8px; }
.eyebrow { font-size: 9pt; color: #4a5160; letter-spacing: .02em; margin: 0; }
.verdict { border: 2px solid #1f2430; border-left-width: 8px; border-radius: 4px; padding: 10px 14px; break-inside: avoid; }
.verdict.act-site-owner { border-color: #8a5a00; } .verdict.act-isp { border-color: #b3261e; }
.verdict.act-you { border-color: #1d5fa8; } .verdict.act-proxy-admin, .verdict.act-network-admin { border-color: #6b3fa0; }
.headline { font-size: 12pt; margin: 4px 0 10px; }
.who { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
.who dt { font-weight: 600; } .who dd { margin: 0; }
.ask { margin: 4px 0 0; padding-left: 18px; }
.callout { border: 1px solid #c9ced6; border-radius: 4px; padding: 6px 10px; margin: 8px 0; break-inside: avoid; }
.callout strong { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; font-size: 9.5pt; }
th, td { border: 1px solid #c9ced6; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td.any { overflow-wrap: anywhere; } .nw { white-space: nowrap; }
.keep { break-inside: avoid; }
th { background: #eef1f5; font-weight: 600; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
.mono, code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 9pt; }
.facts th { width: 28%; }
.cmd-label { margin: 4px 0 0; font-size: 9pt; }
pre.cmd { margin: 2px 0 6px; padding: 4px 6px; background: #f4f5f7; white-space: pre-wrap; overflow-wrap: anywhere; }
.st-ok { color: #1e6b34; } .st-problem { color: #b3261e; font-weight: 600; } .st-skipped, .st-error { color: #6b5200; }
tr.mark-loss-start td, tr.mark-loss-carried td { background: #fbe9e7; }
tr.mark-loss-start td { font-weight: 600; }
.hop-chart { width: 100%; height: auto; max-width: 680px; display: block; margin: 6px 0; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 9pt; color: #4a5160; }
.small { font-size: 9pt; color: #4a5160; }
ul { margin: 4px 0 8px; padding-left: 20px; }
footer { margin-top: 18px; border-top: 1px solid #c9ced6; padding-top: 6px; font-size: 9pt; color: #4a5160; }
@media screen { body { background: #f6f7f9; } main { background: #fff; padding: 12mm; margin: 12px auto; box-shadow: 0 1px 4px rgba(0,0,0,.12); } }
`;

/**
 * A table; cells are HTML already escaped by the caller. `cols` gives each column a class:
 * `num` (right-aligned), `nw` (never wraps: addresses, statuses), `any` (long tokens may break).
 */
function table(
  head: string[],
  rows: string[][],
  cls = '',
  cols: string[] = [],
  rowClass: (i: number) => string | null = () => null,
): string {
  const c = (i: number): string => (cols[i] ? ` class="${cols[i]}"` : '');
  const th = head.map((h, i) => `<th scope="col"${c(i)}>${e(h)}</th>`).join('');
  const body = rows
    .map((r, ri) => {
      const rc = rowClass(ri);
      return `<tr${rc ? ` class="${rc}"` : ''}>${r.map((cell, i) => `<td${c(i)}>${cell}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function verdictSection(m: ReportModel): string {
  const v = m.verdict;
  const key = keyEvidence(m);
  return `<section class="verdict act-${e(v.whoActs)}" id="verdict" data-verdict="${e(v.id)}">
<p class="eyebrow">Gateway Doctor report · verdict <code>${e(v.id)}</code></p>
<h1>${e(v.title)}</h1>
<p class="headline">${e(v.headline)}</p>
<dl class="who"><dt>Who must act</dt><dd>${e(v.whoActsLabel)}</dd><dt>Confidence</dt><dd>${e(v.confidence)}</dd>
<dt>Site</dt><dd class="mono">${e(m.target.url)}</dd><dt>Checked at</dt><dd>${e(m.run.startedAtLocal)}</dd>${
    key ? `<dt>Key evidence</dt><dd>${e(key)}</dd>` : ''
  }</dl>
<h3>What to tell them</h3><ul class="ask">${v.askThem.map((a) => `<li>${e(a)}</li>`).join('')}</ul>
</section>`;
}

function factsSection(m: ReportModel): string {
  const rows: [string, string][] = [
    [
      'Checked at',
      `${e(m.run.startedAtLocal)}<br><span class="small mono">${e(m.run.startedAt)} → ${e(m.run.finishedAt)}</span>`,
    ],
    ['Time zone', e(m.run.timeZone)],
    [
      'Target',
      `<span class="mono">${e(m.target.url)}</span> (host ${e(m.target.host)}, port ${m.target.port})`,
    ],
    ['Computer', `${e(osLine(m.environment))}, name ${e(m.environment.hostname)}`],
    ['App version', `Gateway Doctor ${e(m.environment.appVersion)}`],
    ['Run', `<span class="mono">${e(m.run.runId)}</span>, took ${e(ms(m.run.durationMs))}`],
    ['Privacy', e(redactionSentence(m.redaction))],
  ];
  return `<section id="facts"><h2>When, what and from where</h2><table class="facts"><tbody>${rows
    .map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${v}</td></tr>`)
    .join('')}</tbody></table></section>`;
}

function whySection(m: ReportModel): string {
  const v = m.verdict;
  const reasons = v.reasons.length
    ? `<ul>${v.reasons.map((r) => `<li><code>${e(r.checkId)}</code> · <code>${e(r.code)}</code>: ${e(r.detail)}</li>`).join('')}</ul>`
    : '<p class="small">No single check decided this verdict.</p>';
  return `<section id="why"><h2>Why we think so</h2><p>${e(v.summary)}</p><p>${e(v.explanation)}</p>${reasons}</section>`;
}

function responseSection(m: ReportModel): string {
  const f = m.failingResponse;
  if (!f) return '';
  const trace = m.cdnTrace
    ? `<div class="callout" id="cdn-trace">CDN trace id${m.cdnTrace.cdn ? ` (${e(m.cdnTrace.cdn)})` : ''}: <strong>${e(m.cdnTrace.traceId)}</strong>${
        m.cdnTrace.header
          ? ` <span class="small">from the <code>${e(m.cdnTrace.header)}</code> header</span>`
          : ''
      }. Support desks ask for this id together with the time above.</div>`
    : '';
  const t = f.timings;
  const timing = table(
    ['DNS', 'Connect', 'TLS', 'First byte', 'Total'],
    [[ms(t.dnsMs), ms(t.connectMs), ms(t.tlsMs), ms(t.firstByteMs), ms(t.totalMs)].map(e)],
    '',
    ['num', 'num', 'num', 'num', 'num'],
  );
  const headers = f.headers.length
    ? table(
        ['Header', 'Value'],
        f.headers.map((h) => [`<code>${e(h.name)}</code>`, `<span class="mono">${e(h.value)}</span>`]),
        '',
        ['nw', 'any'],
      )
    : '<p class="small">No headers (no HTTP answer).</p>';
  const attempts =
    m.attempts.length > 1
      ? `<h3>All requests</h3>${table(
          ['#', 'Status', 'Error', 'Time', 'Address', 'Via', 'Answered by'],
          m.attempts.map((a) =>
            [
              String(a.n),
              a.status === null ? '—' : String(a.status),
              a.error ?? '—',
              ms(a.totalMs),
              a.address ?? '—',
              a.via,
              [a.source, a.variant].filter(Boolean).join(', ') || '—',
            ].map(e),
          ),
          '',
          ['num', 'num', '', 'num', 'nw', '', ''],
        )}`
      : '';
  return `<section id="response"><h2>The failing response</h2>
<p><strong>${e(responseLine(f))}</strong> for <span class="mono">${e(f.url)}</span>${f.address ? ` at ${e(f.address)}` : ''} (${e(f.via)}).</p>
${f.recognisedAs ? `<p>${e(f.recognisedAs)}</p>` : ''}${trace}<h3>Timings</h3>${timing}<h3>Response headers</h3>${headers}${attempts}</section>`;
}

function tracerouteSection(m: ReportModel): string {
  const t = m.traceroute;
  if (!t) return '';
  const rows = t.hops.map((h) => [
    String(h.ttl),
    e(h.address ?? '*'),
    e(h.hostname ?? '—'),
    e(rttsText(h.rttsMs)),
    e(ms(h.avgRttMs)),
    `${h.lossPct}%`,
    e(MARK_LABEL[h.mark]),
  ]);
  const tbl = table(
    ['Hop', 'Address', 'Name', 'Probe times (ms)', 'Average', 'Loss', 'Note'],
    rows,
    'hops',
    ['num', 'nw', 'any', 'num', 'num nw', 'num', ''],
    (i) => {
      const mark = t.hops[i]?.mark ?? 'none';
      return mark === 'none' ? null : `mark-${mark}`;
    },
  );
  return `<section id="traceroute"><div class="keep"><h2>Path to the site (traceroute)</h2>
<p><strong>${e(t.reading)}</strong></p>
<p class="small">Tool: ${e(t.tool)} · target ${e(t.target)} · ${t.reached ? 'destination reached' : 'destination not reached'}</p>
<figure>${renderHopChart(t)}<figcaption>Bars: average round-trip time per hop. Red line: share of probes lost.</figcaption></figure></div>
${tbl}</section>`;
}

function dnsSection(m: ReportModel): string {
  const d = m.dns;
  if (!d) return '';
  const answers = table(
    ['Resolver', 'Role', 'Result', 'Addresses', 'Time', 'Transport', 'Error'],
    d.answers.map((a) =>
      [
        a.resolver,
        a.role,
        a.rcode ?? '—',
        a.addresses.join(', ') || '—',
        ms(a.latencyMs),
        a.transport,
        a.error ?? '—',
      ].map(e),
    ),
    '',
    ['nw', 'nw', 'nw', 'any', 'num nw', '', ''],
  );
  const probes = d.addressProbes.length
    ? `<h3>The site at each address</h3>${table(
        ['Address', 'Status', 'Error', 'Time'],
        d.addressProbes.map((a) =>
          [a.address ?? '—', a.status === null ? '—' : String(a.status), a.error ?? '—', ms(a.totalMs)].map(
            e,
          ),
        ),
        '',
        ['nw', 'num', '', 'num nw'],
      )}`
    : '';
  return `<section id="dns"><h2>DNS comparison</h2><p><strong>${e(d.reading)}</strong></p>${answers}${probes}</section>`;
}

function checksSection(m: ReportModel): string {
  const rows = m.checks.map((c) => {
    const values = c.values.map((v) => `<code>${e(v.name)}</code>: ${e(valueText(v.value))}`);
    if (c.problems.length)
      values.unshift(`problems: ${c.problems.map((p) => `<code>${e(p)}</code>`).join(', ')}`);
    if (c.reason) values.push(`why: ${e(c.reason)}`);
    if (c.hint) values.push(`hint: ${e(c.hint)}`);
    return [
      `${e(c.label)}<br><span class="small mono">${e(c.id)}</span>`,
      `<span class="st-${e(c.status)}">${e(STATUS_LABEL[c.status])}</span>`,
      values.join('<br>') || '—',
      e(ms(c.durationMs)),
    ];
  });
  const g = m.gateway;
  const gateway = g
    ? `<p>Router: ${e(g.address ?? 'not found')}${g.interface ? ` on ${e(g.interface)}` : ''} · ${
        g.reachable === null ? 'not tested' : g.reachable ? 'answers' : 'does not answer'
      } (${e(g.method)}) · latency ${e(ms(g.latencyMs))} · loss ${g.lossPct === null ? '—' : `${g.lossPct}%`}</p>`
    : '';
  return `<section id="checks"><h2>Every check</h2>${gateway}${table(['Check', 'Status', 'Values', 'Duration'], rows, 'checks', ['', 'nw', 'any', 'num nw'])}</section>`;
}

/** An owner step with its commands, each under the label that says what it shows. */
function ownerStep(s: ReportModel['verdict']['ownerSteps'][number]): string {
  const commands = s.commands
    .map((c) => `<p class="cmd-label">${e(c.label)}</p><pre class="cmd"><code>${e(c.command)}</code></pre>`)
    .join('');
  return `<li>${e(s.text)}${commands}</li>`;
}

function stepsSection(m: ReportModel): string {
  const list = (steps: ReportModel['verdict']['visitorSteps']): string =>
    `<ul>${steps.map((s) => `<li>${e(s.text)}</li>`).join('')}</ul>`;
  const visitor = m.verdict.visitorSteps.length
    ? `<h3>If you are visiting the site</h3>${list(m.verdict.visitorSteps)}`
    : '';
  const owner = m.verdict.ownerSteps.length
    ? `<h3>If you run the site</h3><ul>${m.verdict.ownerSteps.map(ownerStep).join('')}</ul>`
    : '';
  return visitor || owner ? `<section id="steps"><h2>Next steps</h2>${visitor}${owner}</section>` : '';
}

const EVIDENCE: Record<EvidenceSection, (m: ReportModel) => string> = {
  response: responseSection,
  traceroute: tracerouteSection,
  dns: dnsSection,
};

/** The report as one self-contained HTML page: inline CSS and SVG, no external resource. */
export function renderHtml(m: ReportModel): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gateway Doctor report — ${e(m.verdict.title)}</title>
<style>${CSS}</style></head>
<body><main>
${verdictSection(m)}
${factsSection(m)}
${whySection(m)}
${sectionOrder(m.verdict.id)
  .map((id) => EVIDENCE[id](m))
  .join('\n')}
${checksSection(m)}
${stepsSection(m)}
<footer>Made by Gateway Doctor ${e(m.generator.version)} · report format ${m.schemaVersion} · ${e(redactionSentence(m.redaction))}</footer>
</main></body></html>
`;
}
