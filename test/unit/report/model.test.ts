import { describe, expect, it } from 'vitest';
import { VERDICT_IDS } from '../../../electron/contract';
import { buildReport, DEFAULT_REDACTION, formatLocalTime } from '../../../electron/engine/report';
import { VERDICT_WORDING } from '../../../electron/engine/report/texts';
import { loadResult } from './fixtures';

const OFF = { enabled: false, kinds: [] };

describe('report model', () => {
  it('carries the verdict, who acts and what to ask for the site-side 502 behind Cloudflare', () => {
    const m = buildReport(loadResult('site-502-cloudflare'), { redaction: OFF });
    expect(m.verdict.id).toBe('site-server-error');
    expect(m.verdict.whoActsLabel).toMatch(/site's owner/);
    expect(m.verdict.askThem.length).toBeGreaterThan(0);
    expect(m.cdnTrace).toEqual({ cdn: 'cloudflare', traceId: '8e4f2c1a9b3d7f60-FRA', header: 'cf-ray' });
    expect(m.failingResponse?.status).toBe(502);
    expect(m.failingResponse?.headers).toContainEqual({ name: 'server', value: 'cloudflare' });
    expect(m.checks).toHaveLength(9);
    expect(m.checks.every((c) => c.label.length > 0 && c.durationMs >= 0)).toBe(true);
    expect(m.dns?.reading).toMatch(/agree/);
    // Hop 4 loses one probe but later hops do not: rate limiting, never blamed.
    expect(m.traceroute?.hops[3]?.mark).toBe('rate-limited');
    expect(m.traceroute?.reading).toMatch(/rate limiting, not a fault/);
  });

  it('marks where loss starts and that it carries through for the ISP case', () => {
    const m = buildReport(loadResult('isp-path-degraded'), { redaction: OFF });
    const marks = m.traceroute?.hops.map((h) => h.mark);
    expect(marks).toEqual([
      'router',
      'none',
      'loss-start',
      'loss-carried',
      'loss-carried',
      'loss-carried',
      'loss-carried',
    ]);
    expect(m.traceroute?.reading).toMatch(
      /^Loss starts at hop 3 \(198\.51\.100\.1, 33\.3% lost\) and carries through/,
    );
    expect(m.traceroute?.hops[2]?.avgRttMs).toBe(198);
    expect(m.failingResponse?.error).toBe('ETIMEDOUT');
  });

  it('shows the time in the user time zone with its offset', () => {
    expect(formatLocalTime('2026-11-21T18:42:07.512Z', 'Europe/Berlin')).toBe(
      '2026-11-21 19:42:07 GMT+01:00 (Europe/Berlin)',
    );
    expect(formatLocalTime('2026-07-01T12:00:00Z', 'America/New_York')).toBe(
      '2026-07-01 08:00:00 GMT-04:00 (America/New_York)',
    );
    expect(formatLocalTime('2026-07-01T12:00:00Z', 'UTC')).toBe('2026-07-01 12:00:00 GMT+00:00 (UTC)');
    expect(formatLocalTime('2026-07-01T12:00:00Z', 'Not/AZone')).toBe('2026-07-01T12:00:00Z');
  });

  it('has wording for every verdict', () => {
    for (const id of VERDICT_IDS) {
      expect(VERDICT_WORDING[id].headline.length).toBeGreaterThan(40);
      expect(VERDICT_WORDING[id].askThem.length).toBeGreaterThan(0);
    }
  });

  it('records what redaction replaced, per kind', () => {
    const m = buildReport(loadResult('leak-seeded'), { redaction: DEFAULT_REDACTION });
    expect(m.redaction.enabled).toBe(true);
    expect(m.redaction.counts).toMatchObject({ mac: 1, hostname: 1, username: 1 });
    expect(m.redaction.counts['public-ip']).toBe(2);
    // token= is a credential-named parameter: its value counts as a credential, step and the fragment as query values.
    expect(m.redaction.counts.query).toBe(2);
    expect(m.redaction.counts.credential).toBe(1);
    expect(m.environment.hostname).toBe('[hostname-1]');
  });

  it('refuses a result it cannot describe instead of exporting a partial report', () => {
    const good = loadResult('site-502-cloudflare');
    const bad = { ...good, verdict: { ...good.verdict, id: 'made-up' } } as unknown as typeof good;
    expect(() => buildReport(bad, { redaction: DEFAULT_REDACTION })).toThrow();
  });
});
