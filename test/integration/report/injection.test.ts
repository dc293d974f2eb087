import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisResult } from '../../../electron/contract';
import { httpProbe } from '../../../electron/engine/http/probe';
import { buildReport, DEFAULT_REDACTION, renderChecked } from '../../../electron/engine/report';
import { loadResult } from '../../unit/report/fixtures';

// A site that controls every header and its error page, on loopback only.
const HOSTILE = '<script>alert(1)</script>';
const LINK = '[click](javascript:alert(1))';
const HEADING = 'x\n# Injected heading\n\n## Also injected';
let url = '';
const server = createServer((_req, res) => {
  res.writeHead(502, {
    'content-type': 'text/html',
    server: 'nginx',
    'x-request-id': HOSTILE,
    'x-evil-link': LINK,
    'x-evil-html': '<img src=x onerror=alert(1)>',
    'x-evil-ref': '[public-ip-1]: javascript:alert(1)',
    'x-evil-pipe': 'a | b | c',
  });
  res.end(
    `<html><head><title>${HOSTILE}</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center>${LINK}</body></html>`,
  );
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The leak-seeded result with the real hostile attempt and hostile free text everywhere else. */
async function hostileResult(): Promise<DiagnosisResult> {
  const attempt = await httpProbe({ url, timeoutMs: 3000 });
  expect(attempt.status).toBe(502);
  const r = loadResult('leak-seeded');
  if (!r.probe) throw new Error('fixture has no probe');
  r.probe.attempts = [attempt, attempt];
  r.verdict.summary = `${HEADING} ${HOSTILE}`;
  r.verdict.explanation = `${LINK}\n> quoted\n1. listed\n- bullet ${HOSTILE}`;
  r.verdict.reasons = [{ checkId: 'site-probe', code: 'http-502', detail: `${HEADING}${LINK}` }];
  r.environment.osRelease = '<img src=x onerror=alert(1)>';
  r.environment.appVersion = '1.0\n# version heading';
  if (r.gateway) {
    r.gateway.interface = `eth0\n## iface ${LINK}`;
    r.gateway.address = '192.168.1.1<b>x</b>';
  }
  const hop = r.traceroute?.hops[2]?.probes[0];
  if (hop) hop.hostname = `${LINK}\n# hop`;
  const answer = r.dns?.answers[0];
  if (answer) answer.error = `${HOSTILE}\n| a | b |`;
  return r;
}

/** The page as a browser parses it (jsdom, a dev dependency without bundled types). */
async function parseHtml(html: string): Promise<Document> {
  const name = 'jsdom';
  const { JSDOM } = (await import(name)) as {
    JSDOM: new (html: string) => { window: { document: Document } };
  };
  return new JSDOM(html).window.document;
}

function outsideCode(md: string): string {
  return md.replace(/`[^`\n]*`/g, '``');
}

// Our own headings: the section titles of the renderer, whatever the data says.
const HEADINGS =
  /^(# .+|## (What to tell them|When, what and from where|Why we think so|The failing response|Path to the site \(traceroute\)|DNS comparison|Every check|Next steps)|### (Response headers|All requests|The site at each address|If you are visiting the site|If you run the site))$/;

describe('reports carry no markup a site controls', () => {
  it('the probe keeps the hostile trace id only as safe characters', async () => {
    const m = buildReport(await hostileResult(), { redaction: DEFAULT_REDACTION });
    expect(m.cdnTrace?.traceId).toBe('scriptalert1/script');
    expect(m.cdnTrace?.traceId).toMatch(/^[A-Za-z0-9._:=+/, -]+$/);
  });

  it.each([true, false])(
    'Markdown (redaction %s): no raw tag, no injected heading, no link',
    async (redact) => {
      const m = buildReport(await hostileResult(), {
        redaction: redact ? DEFAULT_REDACTION : { enabled: false, kinds: [] },
      });
      const md = renderChecked(m, 'md');
      const text = outsideCode(md);
      expect(text).not.toMatch(/(^|[^\\])</m);
      expect(text).not.toMatch(/(^|[^\\])\]\(/m);
      expect(text).not.toMatch(/(^|[^\\])\]:/m);
      expect(text).not.toMatch(/^\s*\[/m);
      expect(md).not.toMatch(/^>/m);
      const lines = md.split('\n');
      for (const line of lines.filter((l) => l.startsWith('#'))) expect(line).toMatch(HEADINGS);
      expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1);
      // Every table row keeps its columns: pipes in values are escaped.
      for (const row of lines.filter((l) => l.startsWith('| '))) {
        const cells = row.replace(/\\\|/g, '').split('|').length;
        expect(cells, row).toBeGreaterThanOrEqual(4);
        expect(cells, row).toBeLessThanOrEqual(9);
      }
      const headerRows = lines.filter((l) => l.startsWith('| x-evil-pipe'));
      expect(headerRows).toEqual(['| x-evil-pipe | a \\| b \\| c |']);
    },
  );

  it.each([true, false])(
    'HTML (redaction %s): only the renderer’s own elements, no script, handler or link',
    async (redact) => {
      const m = buildReport(await hostileResult(), {
        redaction: redact ? DEFAULT_REDACTION : { enabled: false, kinds: [] },
      });
      const html = renderChecked(m, 'html');
      const doc = await parseHtml(html);
      const allowed = new Set([
        'html',
        'head',
        'meta',
        'title',
        'style',
        'body',
        'main',
        'section',
        'p',
        'h1',
        'h2',
        'h3',
        'dl',
        'dt',
        'dd',
        'ul',
        'li',
        'code',
        'pre',
        'span',
        'strong',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'br',
        'div',
        'figure',
        'figcaption',
        'footer',
        'svg',
        'line',
        'text',
        'rect',
        'polyline',
        'circle',
      ]);
      const tags = new Set([...doc.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
      expect([...tags].filter((t) => !allowed.has(t))).toEqual([]);
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
          expect(
            ['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attr),
            `${el.tagName} ${attr}`,
          ).toBe(false);
        }
      }
      // The hostile text is shown as text.
      expect(doc.body.textContent).toContain('alert(1)');
    },
  );
});
