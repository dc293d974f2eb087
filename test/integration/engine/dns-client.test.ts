import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDns } from '../../../electron/engine/dns/client';
import { resolveOn } from '../../../electron/engine/dns/resolve';
import { startDnsServer } from './helpers/dns-server';
import type { TestDnsServer } from './helpers/dns-server';

let server: TestDnsServer;

beforeAll(async () => {
  server = await startDnsServer({
    'ok.test': { a: ['192.0.2.10', '192.0.2.11'], aaaa: ['2001:db8::10'] },
    'nx.test': { rcode: 'NXDOMAIN' },
    'fail.test': { rcode: 'SERVFAIL' },
    'silent.test': { silent: true },
    'garbage.test': { garbage: true },
    'big.test': { truncate: true, a: ['192.0.2.20', '192.0.2.21', '192.0.2.22'] },
    'spoof.test': { wrongIdFirst: true, a: ['192.0.2.30'] },
  });
});
afterAll(async () => server.close());

describe('queryDns against a real loopback DNS server', () => {
  it('gets A records over UDP with latency', async () => {
    const r = await queryDns('127.0.0.1', 'ok.test', 'A', { port: server.port, timeoutMs: 1000 });
    expect(r).toMatchObject({
      rcode: 'NOERROR',
      addresses: ['192.0.2.10', '192.0.2.11'],
      transport: 'udp',
      error: null,
    });
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
    expect(r.latencyMs).toBeLessThan(1000);
  });
  it('reports NXDOMAIN and SERVFAIL as rcodes, not errors', async () => {
    const nx = await queryDns('127.0.0.1', 'nx.test', 'A', { port: server.port, timeoutMs: 1000 });
    expect(nx).toMatchObject({ rcode: 'NXDOMAIN', addresses: [], error: null });
    const sf = await queryDns('127.0.0.1', 'fail.test', 'A', { port: server.port, timeoutMs: 1000 });
    expect(sf).toMatchObject({ rcode: 'SERVFAIL', addresses: [], error: null });
  });
  it('falls back to TCP when the UDP answer is truncated', async () => {
    const r = await queryDns('127.0.0.1', 'big.test', 'A', { port: server.port, timeoutMs: 1000 });
    expect(r).toMatchObject({
      transport: 'tcp',
      rcode: 'NOERROR',
      addresses: ['192.0.2.20', '192.0.2.21', '192.0.2.22'],
      error: null,
    });
    expect(server.log).toContain('tcp A big.test');
  });
  it('times out on a silent server within its budget', async () => {
    const t0 = performance.now();
    const r = await queryDns('127.0.0.1', 'silent.test', 'A', { port: server.port, timeoutMs: 300 });
    const took = performance.now() - t0;
    expect(r).toMatchObject({ error: 'timeout', rcode: null, addresses: [], latencyMs: null });
    expect(took).toBeGreaterThanOrEqual(280);
    expect(took).toBeLessThan(800);
  });
  it('turns garbage into a clean malformed-reply error quickly', async () => {
    const t0 = performance.now();
    const r = await queryDns('127.0.0.1', 'garbage.test', 'A', { port: server.port, timeoutMs: 3000 });
    expect(r).toMatchObject({ error: 'malformed-reply', rcode: null });
    expect(performance.now() - t0).toBeLessThan(1500);
  });
  it('resends an unanswered UDP query with the same id', async () => {
    const before = server.log.filter((l) => l === 'udp A silent.test').length;
    await queryDns('127.0.0.1', 'silent.test', 'A', { port: server.port, timeoutMs: 600 });
    expect(server.log.filter((l) => l === 'udp A silent.test').length - before).toBe(4); // 0, 100, 250, 500 ms
  });
  it('ignores a reply with the wrong id and waits for the real one', async () => {
    const r = await queryDns('127.0.0.1', 'spoof.test', 'A', { port: server.port, timeoutMs: 1000 });
    expect(r).toMatchObject({ error: null, addresses: ['192.0.2.30'] });
  });
  it('honours cancellation', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const r = await queryDns('127.0.0.1', 'silent.test', 'A', {
      port: server.port,
      timeoutMs: 5000,
      signal: ac.signal,
    });
    expect(r.error).toBe('aborted');
  });
  it('reports a closed TCP port as a socket error', async () => {
    const r = await queryDns('127.0.0.1', 'ok.test', 'A', { port: 1, timeoutMs: 1000, tcpOnly: true });
    expect(r.error).toBe('ECONNREFUSED');
  });
  it('speaks TCP directly too', async () => {
    const r = await queryDns('127.0.0.1', 'ok.test', 'A', {
      port: server.port,
      timeoutMs: 1000,
      tcpOnly: true,
    });
    expect(r).toMatchObject({ transport: 'tcp', addresses: ['192.0.2.10', '192.0.2.11'] });
  });
  it('resolveOn merges A and AAAA into a contract DnsAnswer', async () => {
    const r = await resolveOn('127.0.0.1', 'system', 'ok.test', { port: server.port, timeoutMs: 1000 });
    expect(r).toMatchObject({
      resolver: '127.0.0.1',
      role: 'system',
      name: 'ok.test',
      rcode: 'NOERROR',
      error: null,
      addresses: ['192.0.2.10', '192.0.2.11', '2001:db8::10'],
    });
  });
});
