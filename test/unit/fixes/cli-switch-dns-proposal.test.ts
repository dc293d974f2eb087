import { describe, expect, it } from 'vitest';
import { runFixCommand } from '../../../electron/cli/commands/fix';
import type { CliIo } from '../../../electron/cli/io';
import type { FixDeps } from '../../../electron/engine/fixes/types';
import { FixStateStore } from '../../../electron/engine/fixes/state-store';
import { sampleResult } from '../main/helpers';
import { fakeLinuxDeps } from './fake-deps';

const ORIGINAL = '# home\nnameserver 192.168.1.1\nsearch lan\n';

async function cli(args: string[], deps: FixDeps): Promise<{ code: number; stdout: string; stderr: string }> {
  const o = { stdout: '', stderr: '' };
  const io: CliIo = {
    errIsTty: false,
    env: {},
    readStdin: () => Promise.resolve(''),
    out: (t) => void (o.stdout += t),
    err: (t) => void (o.stderr += t),
  };
  const code = await runFixCommand(args, io, { createDeps: () => Promise.resolve(deps), ask: null });
  return { code, ...o };
}

function diagnosis() {
  const a = {
    role: 'alternative' as const,
    name: 'shop.example.test',
    rcode: 'NOERROR',
    addresses: ['203.0.113.7'],
    transport: 'udp' as const,
    error: null,
  };
  return {
    ...sampleResult('run-cli'),
    dns: {
      answers: [
        { ...a, resolver: '192.0.2.9', latencyMs: 30 },
        { ...a, resolver: '192.0.2.53', latencyMs: 8 },
      ],
      addressProbes: [],
    },
  };
}

describe('gateway-doctor fix switch-dns without --to', () => {
  it('with no diagnosis: exit 2 and a plain sentence; nothing changed', async () => {
    const deps = fakeLinuxDeps();
    const r = await cli(['switch-dns', '--dry-run'], deps);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Run "gateway-doctor diagnose <site>" first .* or give them with --to/);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it('after a diagnosis: --dry-run previews the proposal, --yes applies it, undo restores the bytes', async () => {
    const names: string[] = [];
    const deps = fakeLinuxDeps({
      verifyDns: (servers, name) => {
        names.push(name);
        return Promise.resolve({ ok: true, detail: `${servers[0] ?? ''} answered` });
      },
    });
    await new FixStateStore(deps).saveLastDiagnosis(diagnosis());
    const dry = await cli(['switch-dns', '--dry-run'], deps);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Proposed from the diagnosis of shop.example.test');
    expect(dry.stdout).toContain('/etc/resolv.conf: 192.168.1.1 → 192.0.2.53, 192.0.2.9');
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
    const run = await cli(['switch-dns', '--yes'], deps);
    expect(run.code).toBe(0);
    expect(deps.fs.text('/etc/resolv.conf')).toContain('nameserver 192.0.2.53\nnameserver 192.0.2.9');
    expect(names).toEqual(['shop.example.test']);
    expect((await cli(['undo', 'switch-dns'], deps)).code).toBe(0);
    expect(deps.fs.text('/etc/resolv.conf')).toBe(ORIGINAL);
  });

  it('a damaged or foreign last-diagnosis file counts as no diagnosis', async () => {
    const deps = fakeLinuxDeps();
    await new FixStateStore(deps).saveLastDiagnosis(diagnosis());
    deps.fs.files.set('/state/last-diagnosis.json', Buffer.from('{"schemaVersion":1}'));
    const r = await cli(['switch-dns', '--dry-run'], deps);
    expect(r.code).toBe(2);
    expect(deps.logs.some((l) => l.includes('last-diagnosis.json refused'))).toBe(true);
  });
});
