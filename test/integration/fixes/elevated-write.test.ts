import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elevatedWriteArgv } from '../../../electron/engine/fixes/argv-linux';
import { elevatedCommandLine } from '../../../electron/main/handlers/fixes';

// The elevated resolv.conf write, run for real through the same shell layers as the Linux OS
// prompt (/bin/sh -c '/bin/bash -c "<line>"', minus pkexec), on files in a temp dir.

const run = promisify(execFile);
let dir = '';
let etc = '';
let state = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gd-elev-'));
  etc = join(dir, 'etc');
  state = join(dir, 'state');
  mkdirSync(etc);
  mkdirSync(state, { mode: 0o700 });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

async function elevatedWrite(
  tmp: string,
  target: string,
  hash: string,
): Promise<{ ok: boolean; stderr: string }> {
  const line = elevatedCommandLine('linux', elevatedWriteArgv(tmp, target, hash));
  const wrapped = `/bin/bash -c "echo SUDOPROMPT; ${line.replace(/"/g, '\\"')}"`;
  try {
    await run('/bin/sh', ['-c', wrapped]);
    return { ok: true, stderr: '' };
  } catch (e) {
    return { ok: false, stderr: String((e as { stderr?: unknown }).stderr ?? '') };
  }
}

describe.skipIf(process.platform !== 'linux')(
  'elevated write (sh -c script, sha-256 checked on the root copy)',
  () => {
    it('writes the prepared bytes, keeps the target mode and leaves no temp file', async () => {
      const target = join(etc, 'resolv.conf');
      writeFileSync(target, 'nameserver 192.0.2.1\n');
      chmodSync(target, 0o644);
      const next = 'nameserver 192.0.2.53\n';
      const tmp = join(state, 'write-1.tmp');
      writeFileSync(tmp, next, { mode: 0o600 });
      expect(await elevatedWrite(tmp, target, sha(next))).toEqual({ ok: true, stderr: '' });
      expect(readFileSync(target, 'utf8')).toBe(next);
      expect(statSync(target).mode & 0o777).toBe(0o644);
      expect(readdirSync(etc)).toEqual(['resolv.conf']);
    });

    it('refuses a prepared file swapped after the hash was taken: the target keeps its bytes', async () => {
      const target = join(etc, 'resolv.conf');
      writeFileSync(target, 'nameserver 192.0.2.1\n');
      const tmp = join(state, 'write-2.tmp');
      const hash = sha('nameserver 192.0.2.53\n');
      // the user swaps the temp file between the hash and the prompt
      writeFileSync(tmp, '* * * * * root sh -c "id > /tmp/pwn"\n');
      const r = await elevatedWrite(tmp, target, hash);
      expect(r.ok).toBe(false);
      expect(r.stderr).toContain('the prepared file changed before it was written; nothing was changed');
      expect(readFileSync(target, 'utf8')).toBe('nameserver 192.0.2.1\n');
      expect(readdirSync(etc)).toEqual(['resolv.conf']);
    });

    it('refuses a prepared file replaced by a symlink (to a file with the expected bytes, even)', async () => {
      const target = join(etc, 'resolv.conf');
      writeFileSync(target, 'nameserver 192.0.2.1\n');
      const elsewhere = join(dir, 'elsewhere');
      writeFileSync(elsewhere, 'nameserver 192.0.2.53\n');
      const tmp = join(state, 'write-3.tmp');
      symlinkSync(elsewhere, tmp);
      const r = await elevatedWrite(tmp, target, sha('nameserver 192.0.2.53\n'));
      expect(r.ok).toBe(false);
      expect(r.stderr).toContain('the prepared file is missing');
      expect(readFileSync(target, 'utf8')).toBe('nameserver 192.0.2.1\n');
    });
  },
);
