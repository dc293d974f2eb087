import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeRunner } from '../../../electron/engine/platform/command-runner';

const runner = createNodeRunner();

describe('createNodeRunner (real processes)', () => {
  it('runs an argv array without a shell and streams stdout lines', async () => {
    const lines: string[] = [];
    const r = await runner.run('printf', ['%s\\n', 'a b', '$HOME', ';echo x'], {
      timeoutMs: 5000,
      onStdoutLine: (l) => lines.push(l),
    });
    expect(r.code).toBe(0);
    expect(lines).toEqual(['a b', '$HOME', ';echo x']);
    expect(r.stdout).toBe('a b\n$HOME\n;echo x\n');
    expect(r).toMatchObject({ timedOut: false, notFound: false, aborted: false });
  });

  it('flushes a final partial line and strips CR', async () => {
    const lines: string[] = [];
    await runner.run('printf', ['one\\r\\ntwo'], { timeoutMs: 5000, onStdoutLine: (l) => lines.push(l) });
    expect(lines).toEqual(['one', 'two']);
  });

  it('forces LC_ALL=C and LANG=C even when the caller passes another locale', async () => {
    const r = await runner.run('sh', ['-c', 'echo "$LC_ALL|$LANG|$GDX_EXTRA"'], {
      timeoutMs: 5000,
      env: { LC_ALL: 'de_DE.UTF-8', GDX_EXTRA: 'kept' },
    });
    expect(r.stdout.trim()).toBe('C|C|kept');
  });

  it('reports a missing program as notFound', async () => {
    const r = await runner.run('gdx-no-such-tool-1b2c', ['x'], { timeoutMs: 5000 });
    expect(r).toMatchObject({ notFound: true, code: null, errorCode: 'ENOENT', timedOut: false });
  });

  it('reports a non-executable file as EACCES with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdx-runner-'));
    const f = join(dir, 'not-exec');
    writeFileSync(f, '#!/bin/sh\necho hi\n');
    chmodSync(f, 0o644);
    const r = await runner.run(f, [], { timeoutMs: 5000 });
    expect(r.errorCode).toBe('EACCES');
    expect(r.notFound).toBe(false);
    expect(r.stderr).toContain('permission denied');
  });

  it('kills the process on timeout', async () => {
    const t0 = Date.now();
    const r = await runner.run('sleep', ['20'], { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.code).toBeNull();
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('kills the process on abort and returns at once when already aborted', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const t0 = Date.now();
    const r = await runner.run('sleep', ['20'], { timeoutMs: 20000, signal: ac.signal });
    expect(r.aborted).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(Date.now() - t0).toBeLessThan(3000);
    const again = await runner.run('sleep', ['20'], { timeoutMs: 20000, signal: ac.signal });
    expect(again).toMatchObject({ aborted: true, code: null, stdout: '' });
  });

  it('caps output and kills an endless producer', async () => {
    const t0 = Date.now();
    const r = await runner.run('yes', ['gdx'], { timeoutMs: 10000, maxOutputBytes: 1000 });
    expect(r.truncated).toBe(true);
    expect(r.stdout.length).toBe(1000);
    expect(r.timedOut).toBe(false);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('decodes a UTF-8 character split across two writes', async () => {
    const script =
      'process.stdout.write(Buffer.from([0x5a, 0x65, 0x69, 0x74, 0xc3])); setTimeout(() => process.stdout.write(Buffer.from([0xbc, 0x0a])), 50);';
    const lines: string[] = [];
    const r = await runner.run(process.execPath, ['-e', script], {
      timeoutMs: 5000,
      onStdoutLine: (l) => lines.push(l),
    });
    expect(r.stdout).toBe('Zeitü\n');
    expect(lines).toEqual(['Zeitü']);
  });

  it('a throwing line listener does not break the run', async () => {
    const r = await runner.run('printf', ['a\\nb\\n'], {
      timeoutMs: 5000,
      onStdoutLine: () => {
        throw new Error('listener bug');
      },
    });
    expect(r).toMatchObject({ code: 0, stdout: 'a\nb\n' });
  });

  it('returns the exit code and stderr of a failing program', async () => {
    const r = await runner.run('sh', ['-c', 'echo oops >&2; exit 3'], { timeoutMs: 5000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('oops\n');
  });
});
