import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport, DEFAULT_REDACTION, renderChecked } from '../../../electron/engine/report';
import { loadResult } from './fixtures';

// Words of the report's own wording make the hardest host names and query values: they must
// be hidden in the data without blocking the export or breaking the report's structure.
const WORDS = [
  'gateway',
  'doctor',
  'report',
  'status',
  'ok',
  'site',
  'hop',
  'loss',
  'nginx',
  'cloudflare',
  'problem',
  'skipped',
  'html',
  'value',
  'name',
  'id',
  'run',
];
const hostName = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z][a-z0-9-]{0,14}[a-z0-9]$/));
const queryValue = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/));

describe('redaction properties', () => {
  it('any host name and query value: the export succeeds and neither shows in the data', () => {
    const base = loadResult('site-502-cloudflare');
    fc.assert(
      fc.property(hostName, queryValue, (host, q) => {
        const r = structuredClone(base);
        const url = `https://shop.example.com/p?k=${q}`;
        r.target.url = url;
        for (const a of r.probe?.attempts ?? []) a.url = url;
        r.environment.hostname = host;
        const m = buildReport(r, { redaction: DEFAULT_REDACTION });
        for (const f of ['html', 'md', 'json'] as const) renderChecked(m, f);
        expect(m.target.url).toMatch(/\?k=\[(query|hostname)-\d+\]$/);
        if (host !== 'localhost') expect(m.environment.hostname).toMatch(/^\[(hostname|query)-\d+\]$/);
        expect(m.verdict.id).toBe('site-server-error');
        expect(m.checks.map((c) => c.id)).toEqual(base.checks.map((c) => c.id));
      }),
      { numRuns: 150 },
    );
  });

  it('any user name in a path: hidden everywhere, export succeeds', () => {
    const base = loadResult('site-502-cloudflare');
    const user = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z][a-z0-9._-]{2,14}$/));
    fc.assert(
      fc.property(user, hostName, (u, host) => {
        const r = structuredClone(base);
        r.environment.hostname = host;
        const proxy = r.checks.find((c) => c.id === 'proxy');
        if (!proxy) throw new Error('fixture has no proxy check');
        proxy.evidence = { configFile: `/home/${u}/.config/gd.json`, winFile: `C:\\Users\\${u}\\gd.json` };
        const m = buildReport(r, { redaction: DEFAULT_REDACTION });
        const md = renderChecked(m, 'md');
        expect(md).not.toContain(`/home/${u}/`);
        expect(md).not.toContain(`\\Users\\${u}`);
      }),
      { numRuns: 150 },
    );
  });
});
