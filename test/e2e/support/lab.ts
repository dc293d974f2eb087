// A small handle on the network lab for Playwright. test/lab/lab.ts imports its JSON without an
// import attribute, which Playwright's Node ESM loader refuses; so this reads the same
// scenarios.json and drives the same lab.sh.
import { execFile, execFileSync } from 'node:child_process';
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

/** Runs `bash test/lab/lab.sh <args>`; rejects with its output when it fails. */
export function labSh(args: string[], timeoutMs = 240_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', [`${REPO}test/lab/lab.sh`, ...args], { cwd: REPO, env: labEnv(), timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`lab.sh ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** True when the PC namespace exists (the lab is up). */
export function labIsUp(): boolean {
  try {
    return execFileSync('ip', ['netns', 'list'], { env: labEnv(), encoding: 'utf8' }).split('\n').some((l) => l.split(' ')[0] === LAB_DATA.lab.pcNamespace);
  } catch {
    return false;
  }
}
