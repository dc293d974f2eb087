import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  assertExportClean,
  buildReport,
  DEFAULT_REDACTION,
  MD_COLUMNS,
  renderChecked,
  renderHtml,
  renderJson,
  renderMarkdown,
  reportFormatFromPath,
  ReportModelSchema,
  reportJsonSchema,
  RedactionError,
  reportSummary,
} from '../../../electron/engine/report';
import { valueText } from '../../../electron/engine/report/format';
import { RESULT_FIXTURES, loadResult } from './fixtures';

const models = RESULT_FIXTURES.map(
  (name) => [name, buildReport(loadResult(name), { redaction: DEFAULT_REDACTION })] as const,
);

/** Markdown tables as arrays of rows of cells (header first), split on unescaped pipes. */
function markdownTables(md: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      if (!current) tables.push((current = []));
      current.push(cells);
    } else {
      current = null;
    }
  }
  return tables;
}

describe.each(models)('%s', (_name, model) => {
  it('JSON has schemaVersion and validates against the zod schema and the generated JSON Schema shape', () => {
    const parsed = JSON.parse(renderChecked(model, 'json')) as { schemaVersion: number };
    expect(parsed.schemaVersion).toBe(1);
    expect(ReportModelSchema.safeParse(parsed).success).toBe(true);
    const schema = reportJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'verdict', 'run', 'checks', 'redaction']),
    );
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(schema.properties).sort());
    // Validate against the published JSON Schema itself (read back into a validator).
    const fromJsonSchema = z.fromJSONSchema(reportJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);
    expect(fromJsonSchema.safeParse(parsed).success).toBe(true);
    const damaged = { ...parsed, schemaVersion: 2 };
    expect(fromJsonSchema.safeParse(damaged).success).toBe(false);
    expect(ReportModelSchema.safeParse(damaged).success).toBe(false);
    const { verdict: _dropped, ...missing } = parsed as Record<string, unknown>;
    expect(fromJsonSchema.safeParse(missing).success).toBe(false);
  });

  it('Markdown tables have the right columns and consistent rows', () => {
    const md = renderMarkdown(model);
    const tables = markdownTables(md);
    const headers = tables.map((t) => t[0]);
    expect(headers).toContainEqual([...MD_COLUMNS.facts]);
    expect(headers).toContainEqual([...MD_COLUMNS.checks]);
    expect(headers).toContainEqual([...MD_COLUMNS.hops]);
    expect(headers).toContainEqual([...MD_COLUMNS.dns]);
    if (model.failingResponse?.headers.length) expect(headers).toContainEqual([...MD_COLUMNS.headers]);
    for (const t of tables) {
      const width = t[0]?.length;
      expect(t[1]?.every((c) => c === '---')).toBe(true);
      for (const row of t) expect(row).toHaveLength(width ?? 0);
    }
    const checks = tables.find((t) => t[0]?.[0] === 'Check');
    expect(checks?.length).toBe(2 + model.checks.length);
    const hops = tables.find((t) => t[0]?.[0] === 'Hop');
    expect(hops?.length).toBe(2 + (model.traceroute?.hops.length ?? 0));
    expect(md.indexOf(model.verdict.title)).toBeLessThan(md.indexOf('## '));
  });

  it('HTML puts the verdict first and is self-contained', () => {
    const html = renderHtml(model);
    const body = html.slice(html.indexOf('<main>'));
    expect(body.indexOf('<section')).toBe(body.indexOf(`<section class="verdict`));
    expect(body.indexOf('<h1>')).toBeLessThan(body.indexOf('<h2>'));
    expect(body).toContain(`data-verdict="${model.verdict.id}"`);
    expect(body.indexOf(model.verdict.headline.slice(0, 40).replace(/'/g, '&#39;'))).toBeLessThan(
      body.indexOf('id="facts"'),
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)\s*=/i);
    expect(html).toContain("default-src 'none'");
    if (model.traceroute?.hops.length) expect(html).toMatch(/<svg class="hop-chart"[^>]*role="img"/);
  });

  it('the summary names the verdict, who acts, the site and the time', () => {
    const s = reportSummary(model);
    expect(s.split('\n')[0]).toContain(model.verdict.title);
    expect(s).toContain(model.verdict.whoActsLabel);
    expect(s).toContain(model.target.url);
    expect(s).toContain(model.run.startedAtLocal);
  });
});

describe('details', () => {
  it('the Cloudflare case shows the ray id and the failing status in every format', () => {
    const m = buildReport(loadResult('site-502-cloudflare'), { redaction: DEFAULT_REDACTION });
    for (const text of [renderHtml(m), renderMarkdown(m), renderJson(m), reportSummary(m)]) {
      expect(text).toContain('8e4f2c1a9b3d7f60-FRA');
      expect(text).toMatch(/502/);
    }
  });

  it('the ISP case leads with the traceroute and marks where loss starts', () => {
    const m = buildReport(loadResult('isp-path-degraded'), { redaction: DEFAULT_REDACTION });
    const html = renderHtml(m);
    expect(html.indexOf('id="traceroute"')).toBeLessThan(html.indexOf('id="response"'));
    expect(html).toMatch(/<tr class="mark-loss-start"><td class="num">3<\/td>/);
    expect(html).toContain('loss starts</text>');
    const md = renderMarkdown(m);
    // New policy (issue 12): the ISP's hop is evidence and stays; only the user's own address is hidden.
    expect(md).toMatch(/\| 3 \| 198\.51\.100\.1 \|.*\| 33\.3% \| loss starts here \|/);
    expect(md).toContain('Loss starts at hop 3 (198.51.100.1, 33.3% lost)');
    expect(md.indexOf('## Path to the site')).toBeLessThan(md.indexOf('## The failing response'));
  });

  it('escapes markup from measured values', () => {
    const r = loadResult('site-502-cloudflare');
    const attempts = r.probe?.attempts ?? [];
    const first = attempts[0];
    if (!first) throw new Error('fixture has no attempt');
    first.headers['x-evil'] = '<script>alert(1)</script> | pipe';
    const m = buildReport(r, { redaction: DEFAULT_REDACTION });
    expect(renderHtml(m)).not.toContain('<script>alert');
    expect(renderHtml(m)).toContain('&lt;script&gt;');
    expect(renderMarkdown(m)).toContain('\\<script\\>alert(1)\\</script\\> \\| pipe');
  });

  it('the export check catches a renderer that brings a private value back (fail closed)', () => {
    const m = buildReport(loadResult('leak-seeded'), { redaction: DEFAULT_REDACTION });
    expect(assertExportClean(m, renderHtml)).toBe(renderHtml(m));
    // A buggy renderer that "un-redacts" data: only the data-driven part differs from the baseline.
    const unredacting = (x: typeof m): string => renderHtml(x).replaceAll('[public-ip-1]', '81.2.69.160');
    expect(() => assertExportClean(m, unredacting)).toThrow(RedactionError);
    const echoing = (x: typeof m): string =>
      `${renderMarkdown(x)}\n${x.environment.hostname === '·' ? '' : 'zephyr-ws42'}`;
    expect(() => assertExportClean(m, echoing)).toThrow(/hostname/);
    // Already rendered text is checked too (without a baseline).
    expect(() => assertExportClean(m, `${renderHtml(m)}<p>Zx81SecretTok42</p>`)).toThrow(RedactionError);
    expect(() => assertExportClean(m, `${renderHtml(m)}<p>3c-22-fb-9a-10-7e</p>`)).toThrow(/mac/);
  });

  it('exports when a query value or host name is also a word of the fixed text', () => {
    const r = loadResult('site-502-cloudflare');
    const url = 'https://shop.example.com/orders?view=status&tab=report';
    r.target.url = url;
    for (const a of r.probe?.attempts ?? []) a.url = url;
    for (const host of ['report', 'gateway', 'doctor', 'status', 'ok', 'site', 'Gateway-Doctor']) {
      r.environment.hostname = host;
      const m = buildReport(r, { redaction: DEFAULT_REDACTION });
      for (const f of ['html', 'md', 'json'] as const) expect(() => renderChecked(m, f), host).not.toThrow();
      expect(renderChecked(m, 'md')).toContain('orders?view=[query-1]&tab=[query-2]');
      expect(m.environment.hostname).toMatch(/^\[(hostname|query)-\d+\]$/);
    }
  });

  it('writes evidence values as readable text', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText([1, 'a', null])).toBe('1, a, —');
    expect(valueText({ port: 443, open: true })).toBe('port 443, open true');
    expect(
      valueText([
        { url: 'http://127.0.0.1:1/', status: 200 },
        { url: 'x', status: null },
      ]),
    ).toBe('(url http://127.0.0.1:1/, status 200); (url x, status —)');
    expect(valueText([])).toBe('(none)');
  });

  it('picks the format from the extension', () => {
    expect(reportFormatFromPath('/tmp/a.HTML')).toBe('html');
    expect(reportFormatFromPath('r.md')).toBe('md');
    expect(reportFormatFromPath('r.json')).toBe('json');
    expect(reportFormatFromPath('r.pdf')).toBe('pdf');
    expect(reportFormatFromPath('r.txt')).toBeNull();
    expect(reportFormatFromPath('report')).toBeNull();
  });
});
