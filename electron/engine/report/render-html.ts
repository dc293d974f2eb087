import { renderHopChart } from './chart';
import { fillText, textsFor } from '../../contract';
import {
  confidenceWord,
  escapeHtml as e,
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
import type { EvidenceSection } from './format';
import type { ReportModel } from './schema';

// Print-first styling: A4 margins, no backgrounds that waste ink, tables that do not split rows.
/**
 * The report's one style sheet. Exported because the window previews the report in a sandboxed
 * frame that inherits the window's CSP, which allows exactly this sheet by its hash.
 */
export const REPORT_CSS = `
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

/** Fills a catalog template for HTML: its own words are escaped, the values are HTML already. */
function fillHtml(template: string, html: Readonly<Record<string, string>>): string {
  return template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      return name !== undefined && name in html ? (html[name] ?? '') : e(part);
    })
    .join('');
}

function verdictSection(m: ReportModel): string {
  const v = m.verdict;
  const h = wordsOf(m).head;
  const key = keyEvidence(m);
  return `<section class="verdict act-${e(v.whoActs)}" id="verdict" data-verdict="${e(v.id)}" data-report-to="${e(v.reportTo)}">
<p class="eyebrow">${e(h.eyebrow)} <code>${e(v.id)}</code></p>
<p class="eyebrow for">${e(fillText(h.forLine, { recipient: v.reportToLabel }))}</p>
<h1>${e(v.title)}</h1>
<p class="headline">${e(v.headline)}</p>
<dl class="who"><dt>${e(h.whoMustAct)}</dt><dd>${e(v.whoActsLabel)}</dd><dt>${e(h.confidence)}</dt><dd>${e(confidenceWord(h, v.confidence))}</dd>
<dt>${e(h.site)}</dt><dd class="mono">${e(m.target.url)}</dd><dt>${e(h.checkedAt)}</dt><dd>${e(m.run.startedAtLocal)}</dd>${
    key ? `<dt>${e(h.keyEvidence)}</dt><dd>${e(key)}</dd>` : ''
  }</dl>
<h3>${e(h.tellThem)}</h3><ul class="ask">${v.askThem.map((a) => `<li>${e(a)}</li>`).join('')}</ul>
</section>`;
}

function factsSection(m: ReportModel): string {
  const w = wordsOf(m);
  const f = w.facts;
  const rows: [string, string][] = [
    [
      w.head.checkedAt,
      `${e(m.run.startedAtLocal)}<br><span class="small mono">${e(m.run.startedAt)} → ${e(m.run.finishedAt)}</span>`,
    ],
    [f.timeZone, e(m.run.timeZone)],
    [
      f.target,
      `<span class="mono">${e(m.target.url)}</span> ${e(fillText(f.targetValue, { host: m.target.host, port: m.target.port }))}`,
    ],
    [
      f.computer,
      `${e(osLine(m.environment))}, ${e(fillText(f.computerName, { name: m.environment.hostname }))}`,
    ],
    [f.appVersion, `Gateway Doctor ${e(m.environment.appVersion)}`],
    [
      f.run,
      `<span class="mono">${e(m.run.runId)}</span>, ${e(fillText(f.took, { duration: ms(m.run.durationMs) }))}`,
    ],
    [f.privacy, e(redactionSentence(m))],
  ];
  return `<section id="facts"><h2>${e(f.title)}</h2><table class="facts"><tbody>${rows
    .map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${v}</td></tr>`)
    .join('')}</tbody></table></section>`;
}

function whySection(m: ReportModel): string {
  const v = m.verdict;
  const w = wordsOf(m).why;
  const reasons = v.reasons.length
    ? `<ul>${v.reasons.map((r) => `<li><code>${e(r.checkId)}</code> · <code>${e(r.code)}</code>: ${e(r.detail)}</li>`).join('')}</ul>`
    : `<p class="small">${e(w.none)}</p>`;
  return `<section id="why"><h2>${e(w.title)}</h2><p>${e(v.summary)}</p><p>${e(v.explanation)}</p>${reasons}</section>`;
}

function responseSection(m: ReportModel): string {
  const f = m.failingResponse;
  if (!f) return '';
  const w = wordsOf(m);
  const r = w.response;
  const trace = m.cdnTrace
    ? `<div class="callout" id="cdn-trace">${e(r.traceId)}${m.cdnTrace.cdn ? ` (${e(m.cdnTrace.cdn)})` : ''}: <strong>${e(m.cdnTrace.traceId)}</strong>${
        m.cdnTrace.header
          ? ` <span class="small">${fillHtml(r.traceHeader, { header: `<code>${e(m.cdnTrace.header)}</code>` })}</span>`
          : ''
      }. ${e(r.traceAsk)}</div>`
    : '';
  const t = f.timings;
  const timing = table(
    [r.dns, r.connect, r.tls, r.firstByte, r.total],
    [[ms(t.dnsMs), ms(t.connectMs), ms(t.tlsMs), ms(t.firstByteMs), ms(t.totalMs)].map(e)],
    '',
    ['num', 'num', 'num', 'num', 'num'],
  );
  const headers = f.headers.length
    ? table(
        [r.header, w.facts.value],
        f.headers.map((h) => [`<code>${e(h.name)}</code>`, `<span class="mono">${e(h.value)}</span>`]),
        '',
        ['nw', 'any'],
      )
    : `<p class="small">${e(r.noHeaders)}</p>`;
  const attempts =
    m.attempts.length > 1
      ? `<h3>${e(r.attempts)}</h3>${table(
          [r.number, r.statusColumn, r.error, r.time, r.address, r.via, r.answeredBy],
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
  const at = f.address ? ` ${e(fillText(r.atAddress, { address: f.address }))}` : '';
  const forUrl = fillHtml(r.forUrl, { url: `<span class="mono">${e(f.url)}</span>` });
  return `<section id="response"><h2>${e(r.title)}</h2>
<p><strong>${e(responseLine(f, w, textsFor(m.language).sources))}</strong> ${forUrl}${at} (${e(f.via)}).</p>
${f.recognisedAs ? `<p>${e(f.recognisedAs)}</p>` : ''}${trace}<h3>${e(r.timings)}</h3>${timing}<h3>${e(r.headers)}</h3>${headers}${attempts}</section>`;
}

function tracerouteSection(m: ReportModel): string {
  const t = m.traceroute;
  if (!t) return '';
  const w = wordsOf(m);
  const tr = w.trace;
  const rows = t.hops.map((h) => [
    String(h.ttl),
    e(h.address ?? '*'),
    e(h.hostname ?? '—'),
    e(rttsText(h.rttsMs)),
    e(ms(h.avgRttMs)),
    `${h.lossPct}%`,
    e(markLabel(h.mark, w)),
  ]);
  const tbl = table(
    [tr.hop, w.response.address, tr.name, tr.probeTimes, tr.average, tr.loss, tr.note],
    rows,
    'hops',
    ['num', 'nw', 'any', 'num', 'num nw', 'num', ''],
    (i) => {
      const mark = t.hops[i]?.mark ?? 'none';
      return mark === 'none' ? null : `mark-${mark}`;
    },
  );
  const tool = fillText(tr.toolLine, {
    tool: t.tool,
    target: t.target,
    reached: t.reached ? tr.reached : tr.notReached,
  });
  return `<section id="traceroute"><div class="keep"><h2>${e(tr.title)}</h2>
<p><strong>${e(t.reading)}</strong></p>
<p class="small">${e(tool)}</p>
<figure>${renderHopChart(t, textsFor(m.language).hopChart)}<figcaption>${e(tr.caption)}</figcaption></figure></div>
${tbl}</section>`;
}

function dnsSection(m: ReportModel): string {
  const d = m.dns;
  if (!d) return '';
  const w = wordsOf(m);
  const r = w.response;
  const answers = table(
    [w.dns.resolver, w.dns.role, w.dns.result, w.dns.addresses, r.time, w.dns.transport, r.error],
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
    ? `<h3>${e(w.dns.perAddress)}</h3>${table(
        [r.address, r.statusColumn, r.error, r.time],
        d.addressProbes.map((a) =>
          [a.address ?? '—', a.status === null ? '—' : String(a.status), a.error ?? '—', ms(a.totalMs)].map(
            e,
          ),
        ),
        '',
        ['nw', 'num', '', 'num nw'],
      )}`
    : '';
  return `<section id="dns"><h2>${e(w.dns.title)}</h2><p><strong>${e(d.reading)}</strong></p>${answers}${probes}</section>`;
}

function checksSection(m: ReportModel): string {
  const w = wordsOf(m);
  const c = w.checks;
  const rows = m.checks.map((check) => {
    const values = check.values.map((v) => `<code>${e(v.name)}</code>: ${e(valueText(v.value, w))}`);
    if (check.problems.length)
      values.unshift(
        fillHtml(c.problems, { list: check.problems.map((p) => `<code>${e(p)}</code>`).join(', ') }),
      );
    if (check.reason) values.push(e(fillText(c.reason, { text: check.reason })));
    if (check.hint) values.push(e(fillText(c.hint, { text: check.hint })));
    return [
      `${e(check.label)}<br><span class="small mono">${e(check.id)}</span>`,
      `<span class="st-${e(check.status)}">${e(statusLabel(check.status, w))}</span>`,
      values.join('<br>') || '—',
      e(ms(check.durationMs)),
    ];
  });
  const gateway = m.gateway ? `<p>${e(gatewayLine(m.gateway, w))}</p>` : '';
  return `<section id="checks"><h2>${e(c.title)}</h2>${gateway}${table([c.check, w.response.statusColumn, c.values, c.duration], rows, 'checks', ['', 'nw', 'any', 'num nw'])}</section>`;
}

/** An owner step with its commands, each under the label that says what it shows. */
function ownerStep(s: ReportModel['verdict']['ownerSteps'][number]): string {
  const commands = s.commands
    .map((c) => `<p class="cmd-label">${e(c.label)}</p><pre class="cmd"><code>${e(c.command)}</code></pre>`)
    .join('');
  return `<li>${e(s.text)}${commands}</li>`;
}

function stepsSection(m: ReportModel): string {
  const s = wordsOf(m).steps;
  const list = (steps: ReportModel['verdict']['visitorSteps']): string =>
    `<ul>${steps.map((x) => `<li>${e(x.text)}</li>`).join('')}</ul>`;
  const visitor = m.verdict.visitorSteps.length
    ? `<h3>${e(s.visitor)}</h3>${list(m.verdict.visitorSteps)}`
    : '';
  const owner = m.verdict.ownerSteps.length
    ? `<h3>${e(s.owner)}</h3><ul>${m.verdict.ownerSteps.map(ownerStep).join('')}</ul>`
    : '';
  return visitor || owner ? `<section id="steps"><h2>${e(s.title)}</h2>${visitor}${owner}</section>` : '';
}

const EVIDENCE: Record<EvidenceSection, (m: ReportModel) => string> = {
  response: responseSection,
  traceroute: tracerouteSection,
  dns: dnsSection,
};

/** The report as one self-contained HTML page in its language: inline CSS and SVG, no external resource. */
export function renderHtml(m: ReportModel): string {
  const h = wordsOf(m).head;
  const footer = fillText(h.footer, { version: m.generator.version, format: m.schemaVersion });
  return `<!DOCTYPE html>
<html lang="${e(m.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(fillText(h.documentTitle, { title: m.verdict.title }))}</title>
<style>${REPORT_CSS}</style></head>
<body><main>
${verdictSection(m)}
${factsSection(m)}
${whySection(m)}
${sectionOrder(m.verdict.id)
  .map((id) => EVIDENCE[id](m))
  .join('\n')}
${checksSection(m)}
${stepsSection(m)}
<footer>${e(footer)} · ${e(redactionSentence(m))}</footer>
</main></body></html>
`;
}
