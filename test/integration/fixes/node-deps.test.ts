import * as dnsPacket from 'dns-packet';
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsVerifier, defaultStateDir, nodeFixFs } from '../../../electron/engine/fixes/node-deps';

// The real Node adapters: file writes on a temp dir, the verifier against a loopback DNS server.

let dir = '';
let server: Socket;
let port = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gd-fix-fs-'));
  server = createSocket('udp4');
  server.on('message', (msg, rinfo) => {
    const q = dnsPacket.decode(msg);
    const question = q.questions?.[0];
    const known = question?.name === 'verify.lab.test' && question.type === 'A';
    const reply = dnsPacket.encode({
      type: 'response',
      id: q.id ?? 0,
      flags: dnsPacket.RECURSION_AVAILABLE | (known ? 0 : 3),
      questions: q.questions ?? [],
      answers: known
        ? [{ type: 'A', name: 'verify.lab.test', ttl: 60, class: 'IN', data: '192.0.2.80' }]
        : [],
    });
    server.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => server.bind(0, '127.0.0.1', () => r()));
  port = server.address().port;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('nodeFixFs', () => {
  it('writes atomically, keeps the file mode, and leaves no temp file behind', async () => {
    const fs = nodeFixFs();
    const p = join(dir, 'resolv.conf');
    writeFileSync(p, 'nameserver 192.0.2.1\n');
    chmodSync(p, 0o640);
    await fs.writeFileAtomic(p, Buffer.from('nameserver 192.0.2.53\n'));
    expect(readFileSync(p, 'utf8')).toBe('nameserver 192.0.2.53\n');
    expect(statSync(p).mode & 0o777).toBe(0o640);
    expect(await fs.readdir(dir)).toEqual(['resolv.conf']);
  });

  it('createExclusive is a lock: the second create fails until the file is removed', async () => {
    const fs = nodeFixFs();
    const lock = join(dir, 'fix.lock');
    expect(await fs.createExclusive(lock, '{"pid":1}')).toBe(true);
    expect(await fs.createExclusive(lock, '{"pid":2}')).toBe(false);
    await fs.rm(lock);
    expect(await fs.createExclusive(lock, '{"pid":3}')).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe('{"pid":3}');
    expect(statSync(lock).mode & 0o777).toBe(0o600);
  });
});

describe('createDnsVerifier (dns-packet over UDP)', () => {
  it('is ok when one server answers the name with an address', async () => {
    const verify = createDnsVerifier(port);
    const r = await verify(['127.0.0.1'], 'verify.lab.test', { timeoutMs: 2000 });
    expect(r.ok).toBe(true);
    expect(r.detail).toMatch(/^127\.0\.0\.1 answered verify\.lab\.test → 192\.0\.2\.80 in [\d.]+ ms$/);
  });

  it('fails on NXDOMAIN and on a silent server, naming each', async () => {
    const verify = createDnsVerifier(port);
    expect(await verify(['127.0.0.1'], 'other.lab.test', { timeoutMs: 2000 })).toEqual({
      ok: false,
      detail: '127.0.0.1: NXDOMAIN',
    });
    const silent = await createDnsVerifier(1)(['127.0.0.1'], 'verify.lab.test', { timeoutMs: 500 });
    expect(silent.ok).toBe(false);
    expect(silent.detail).toMatch(/^127\.0\.0\.1: (ECONNREFUSED|timeout)$/);
  });
});

describe('defaultStateDir', () => {
  it('follows the override, XDG, macOS and Windows conventions', () => {
    expect(defaultStateDir('linux', { GATEWAY_DOCTOR_STATE_DIR: '/x' })).toBe('/x');
    expect(defaultStateDir('linux', { HOME: '/home/a' })).toBe('/home/a/.local/state/gateway-doctor');
    expect(defaultStateDir('linux', { HOME: '/home/a', XDG_STATE_HOME: '/s' })).toBe('/s/gateway-doctor');
    expect(defaultStateDir('darwin', { HOME: '/Users/a' })).toBe(
      '/Users/a/Library/Application Support/Gateway Doctor/state',
    );
    expect(defaultStateDir('win32', { HOME: '/h', LOCALAPPDATA: 'C:/Users/a/AppData/Local' })).toBe(
      join('C:/Users/a/AppData/Local', 'Gateway Doctor', 'state'),
    );
  });
});
