import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemLookup, parseHostsFile } from '../../../electron/engine/dns/system-lookup';
import { startDnsServer } from './helpers/dns-server';
import type { TestDnsServer } from './helpers/dns-server';

let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer({ 'site.test': { a: ['127.0.0.9'] }, 'slow.test': { silent: true } });
});
afterAll(async () => dns.close());

function lookupOnce(
  l: ReturnType<typeof createSystemLookup>,
  host: string,
  all = false,
): Promise<{ err: NodeJS.ErrnoException | null; value: unknown }> {
  return new Promise((resolve) => {
    l(host, { all }, (err, value) => resolve({ err, value }));
  });
}

describe('createSystemLookup', () => {
  it('parses hosts files, ignoring comments and junk', () => {
    const m = parseHostsFile('# c\n127.0.0.1 localhost Local.Test # x\nnot-an-ip foo\n::1 localhost\n\n');
    expect(m.get('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(m.get('local.test')).toEqual(['127.0.0.1']);
    expect(m.has('foo')).toBe(false);
  });
  it('uses the hosts file first, then the system DNS server, once per name', async () => {
    const l = createSystemLookup({
      servers: async () => ['127.0.0.1'],
      port: dns.port,
      readHosts: async () => '10.9.9.9 pinned.test\n',
      timeoutMs: 1000,
    });
    expect((await lookupOnce(l, 'pinned.test')).value).toBe('10.9.9.9');
    const before = dns.log.length;
    expect((await lookupOnce(l, 'site.test', true)).value).toEqual([{ address: '127.0.0.9', family: 4 }]);
    await lookupOnce(l, 'SITE.test');
    expect(dns.log.length - before).toBe(2); // one A + one AAAA query, shared by both lookups
  });
  it('maps NXDOMAIN to ENOTFOUND and silence to EAI_AGAIN, cut short once another resolver answered', async () => {
    let notify: () => void = () => undefined;
    const l = createSystemLookup({
      servers: async () => ['127.0.0.1'],
      port: dns.port,
      readHosts: async () => null,
      timeoutMs: 3000,
      onDnsAnswer: (f) => {
        notify = f;
        return () => undefined;
      },
      fastestDns: () => 2,
    });
    expect((await lookupOnce(l, 'nope.test')).err?.code).toBe('ENOTFOUND');
    const t0 = performance.now();
    const p = lookupOnce(l, 'slow.test');
    notify();
    expect((await p).err?.code).toBe('EAI_AGAIN');
    // max(1000 ms, 10 × 2 ms), not the 3 s timeout
    expect(performance.now() - t0).toBeLessThan(1400);
  });
});
