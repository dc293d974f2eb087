import { describe, expect, it } from 'vitest';
import type { DnsAnswer } from '../../../electron/contract';
import { diagnosedHost, paramsFromDiagnosis, proposeDnsServers } from '../../../electron/engine/fixes';
import { sampleResult } from '../main/helpers';

const ans = (resolver: string, o: Partial<DnsAnswer> = {}): DnsAnswer => ({
  resolver,
  role: 'alternative',
  name: 'shop.example.test',
  rcode: 'NOERROR',
  addresses: ['203.0.113.7'],
  latencyMs: 20,
  transport: 'udp',
  error: null,
  ...o,
});

function withAnswers(answers: DnsAnswer[]) {
  return { ...sampleResult(), dns: { answers, addressProbes: [] } };
}

describe('proposeDnsServers', () => {
  it('takes the alternatives that answered the site, fastest first, at most two', () => {
    const r = withAnswers([
      ans('192.168.1.1', { role: 'system', latencyMs: 1 }),
      ans('9.9.9.9', { latencyMs: 40 }),
      ans('1.1.1.1', { latencyMs: 12 }),
      ans('8.8.8.8', { latencyMs: 25 }),
    ]);
    expect(proposeDnsServers(r)).toEqual(['1.1.1.1', '8.8.8.8']);
    expect(proposeDnsServers(r, 3)).toEqual(['1.1.1.1', '8.8.8.8', '9.9.9.9']);
  });

  it('leaves out failed, empty, refused and unusable answers; unknown latency sorts last', () => {
    const r = withAnswers([
      ans('1.1.1.1', { error: 'ETIMEDOUT', addresses: [], latencyMs: null }),
      ans('8.8.8.8', { addresses: [] }),
      ans('9.9.9.9', { rcode: 'SERVFAIL' }),
      ans('127.0.0.53', { latencyMs: 1 }),
      ans('2606:4700:4700::1111', { latencyMs: null }),
      ans('149.112.112.112', { latencyMs: 30 }),
    ]);
    expect(proposeDnsServers(r)).toEqual(['149.112.112.112', '2606:4700:4700::1111']);
  });

  it('proposes nothing without DNS answers (an IP address was diagnosed, or DNS was skipped)', () => {
    expect(proposeDnsServers(sampleResult())).toEqual([]);
    expect(proposeDnsServers(withAnswers([ans('1.1.1.1', { role: 'system' })]))).toEqual([]);
  });
});

describe('paramsFromDiagnosis', () => {
  const r = withAnswers([ans('8.8.8.8', { latencyMs: 9 }), ans('1.1.1.1', { latencyMs: 30 })]);

  it('fills the proposal and the diagnosed host, and drops the run id', () => {
    expect(paramsFromDiagnosis({ runId: 'run-1' }, r)).toEqual({
      servers: ['8.8.8.8', '1.1.1.1'],
      host: 'shop.example.test',
    });
  });

  it('keeps servers the person chose', () => {
    expect(paramsFromDiagnosis({ runId: 'run-1', servers: ['9.9.9.9'] }, r)).toEqual({
      servers: ['9.9.9.9'],
      host: 'shop.example.test',
    });
  });

  it('gives no servers when nothing answered, and no host for an IP target', () => {
    const ip = { ...sampleResult(), target: { ...sampleResult().target, host: '203.0.113.7', isIp: true } };
    expect(paramsFromDiagnosis({ runId: 'x' }, ip)).toEqual({});
    expect(diagnosedHost(ip)).toBeUndefined();
    expect(paramsFromDiagnosis({ runId: 'x' }, null)).toEqual({});
  });
});
