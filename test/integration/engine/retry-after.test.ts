// A busy site on loopback (real sockets): 503 or 429 with Retry-After, as delay-seconds and as an
// HTTP-date, and with a malformed value. The engine records it, the steps name the time, and the
// CLI and the report say it (the lab's site-503-retry-after scenario is the same fault behind nginx).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosisResultSchema } from '../../../electron/contract';
import type { DiagnosisResult } from '../../../electron/contract';
import { formatDiagnosis, runDiagnosis } from '../../../electron/engine';
import { buildReportModel } from '../../../electron/engine/report/model';
import { loopbackDeps } from './helpers/deps';
import { startDnsServer } from './helpers/dns-server';
import type { TestDnsServer } from './helpers/dns-server';
import { fixed, okPage, startHttp } from './helpers/http-servers';
import type { Running } from './helpers/http-servers';

const BUSY_PAGE = '<html><head><title>503 Service Temporarily Unavailable</title></head></html>';
// 13:30:00 in Berlin (the test world's zone): the time the steps name is easy to read.
const NOW = Date.UTC(2026, 2, 14, 12, 30, 0);

const servers: Running[] = [];
let control: Running;
let sysDns: TestDnsServer;

beforeAll(async () => {
  control = await startHttp(okPage);
  servers.push(control);
  sysDns = await startDnsServer({}, '127.0.0.1');
});
afterAll(async () => {
  await Promise.all([...servers.map((s) => s.close()), sysDns.close()]);
});

async function serve(status: number, retryAfter: () => string): Promise<string> {
  const s = await startHttp((req, res) =>
    fixed(status, BUSY_PAGE, { server: 'nginx', 'content-type': 'text/html', 'retry-after': retryAfter() })(
      req,
      res,
    ),
  );
  servers.push(s);
  return s.url;
}

async function diagnose(url: string): Promise<DiagnosisResult> {
  const deps = loopbackDeps({ controls: [control.url], dnsPort: sysDns.port, clock: { now: () => NOW } });
  const result = await runDiagnosis({ url, options: { repeat: 2 } }, deps, { runId: 'run-busy' });
  expect(DiagnosisResultSchema.safeParse(result).success).toBe(true);
  return result;
}

const evidence = (r: DiagnosisResult) => r.checks.find((c) => c.id === 'site-probe')?.evidence ?? {};

describe('Retry-After from a busy site (loopback)', () => {
  it('503 with Retry-After: 120 → recorded, the first step says when, CLI and report say it too', async () => {
    const r = await diagnose(await serve(503, () => '120'));
    expect(r.probe?.attempts.map((a) => [a.status, a.headers['retry-after']])).toEqual([
      [503, '120'],
      [503, '120'],
    ]);
    expect(evidence(r)).toMatchObject({
      retryAfterSec: 120,
      retryAfterAt: new Date(NOW + 120_000).toISOString(),
    });
    expect(r.verdict.id).toBe('site-server-error');
    expect(r.verdict.visitorSteps[0]).toBe('retry-after');
    expect(r.verdict.visitorSteps).not.toContain('retry-later');
    const cli = formatDiagnosis(r, { lang: 'de' });
    expect(cli).toContain('in 2 Min. (um 13:32)');
    expect(cli).not.toContain('{{');
    const report = buildReportModel(r, 'en');
    expect(report.verdict.visitorSteps[0]?.text).toContain('in 2 min (at 1:32 PM)');
  });

  it('an HTTP-date counts from the server’s own Date header', async () => {
    const r = await diagnose(await serve(503, () => new Date(Date.now() + 300_000).toUTCString()));
    // The server's clock and the header are whole seconds apart; a request may cross a second.
    expect(evidence(r).retryAfterSec).toBeGreaterThanOrEqual(299);
    expect(evidence(r).retryAfterSec).toBeLessThanOrEqual(301);
  });

  it('429 Too Many Requests: the page works, but waiting comes first', async () => {
    const r = await diagnose(await serve(429, () => '600'));
    expect(evidence(r).retryAfterSec).toBe(600);
    expect(r.verdict.visitorSteps[0]).toBe('retry-after');
  });

  it('a malformed Retry-After is not evidence: the vague step stays', async () => {
    const r = await diagnose(await serve(503, () => 'in a while'));
    expect(evidence(r)).toMatchObject({ retryAfterSec: null, retryAfterAt: null });
    expect(r.verdict.visitorSteps).toContain('retry-later');
    expect(r.verdict.visitorSteps).not.toContain('retry-after');
  });
});
