// A small handle on the network lab for Playwright. test/lab/lab.ts imports its JSON without an
// import attribute, which Playwright's Node ESM loader refuses; so this reads the same
// scenarios.json and drives the same lab.sh.
import { execFile, execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { VerdictId } from '../../../electron/contract';
import { REPO } from './paths';

interface LabData {
  lab: { pcNamespace: string; resolvers: { alternatives: string[] }; controls: string[] };
  scenarios: { name: string; verdict: VerdictId; url: string; env: Record<string, string> }[];
}

export const LAB_DATA = JSON.parse(readFileSync(`${REPO}test/lab/scenarios.json`, 'utf8')) as LabData;
const PROXY_VARS = ['http_proxy', 'https_proxy', 'no_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY'];

/** The caller's environment with sbin on PATH and without the host's proxy settings. */
export function labEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !PROXY_VARS.includes(k)));
  env.PATH = `${env.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`;
  return { ...env, ...extra };
}

/** Whether the lab can run here, and why not. GD_SKIP_LAB=1 skips on purpose. */
export function labAvailable(): { ok: boolean; reason: string } {
  if (process.env.GD_SKIP_LAB === '1') return { ok: false, reason: 'GD_SKIP_LAB=1 is set' };
  if (process.platform !== 'linux') return { ok: false, reason: 'network namespaces need Linux' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'the lab needs root' };
  if (!existsSync(`${REPO}test/lab/lab.sh`)) return { ok: false, reason: 'test/lab/lab.sh is missing' };
  const probe = `gd-e2e-probe-${process.pid}`;
  try {
    execFileSync('ip', ['netns', 'add', probe], { env: labEnv(), stdio: 'pipe' });
    execFileSync('ip', ['netns', 'del', probe], { env: labEnv(), stdio: 'pipe' });
  } catch (e) {
    return { ok: false, reason: `cannot create network namespaces: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: true, reason: '' };
}

const SESSION_LOCK = process.env.GD_LAB_SESSION_LOCK ?? '/tmp/gd-lab.session.lock';
let session: ChildProcess | null = null;

/**
 * Takes the lab for this run, with the same session lock as test/lab/lab.ts and the bench (one lab
 * per machine): other runs' lab.sh commands wait until {@link releaseLabSession} or until this
 * process ends. Waits up to `waitMs` for another run to finish.
 */
export async function acquireLabSession(waitMs = 240_000): Promise<void> {
  if (session) return;
  const child = spawn('flock', ['-w', String(Math.ceil(waitMs / 1000)), SESSION_LOCK, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    env: labEnv(),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the lab is in use by another run (${SESSION_LOCK}; flock exit ${code})`)));
  });
  session = child;
}

/** Gives the lab back. */
export function releaseLabSession(): void {
  session?.stdin?.end();
  session = null;
}

/** Runs `bash test/lab/lab.sh <args>` (inside our session when held); rejects with its output when it fails. */
export function labSh(args: string[], timeoutMs = 240_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', [`${REPO}test/lab/lab.sh`, ...args], { cwd: REPO, env: labEnv(session ? { GD_LAB_IN_SESSION: '1' } : {}), timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`lab.sh ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}
