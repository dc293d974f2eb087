// TypeScript handle on the network lab (test/lab/lab.sh): availability, up/down, scenarios, and
// running commands (the real CLI) inside the PC namespace. Used by the lab tests and the bench.
import { execFile, execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VerdictIdSchema } from '../../electron/contract';
import type { VerdictId } from '../../electron/contract';
import labData from './scenarios.json' with { type: 'json' };

/** Repository root (the CLI runs from here). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAB_SCRIPT = fileURLToPath(new URL('./lab.sh', import.meta.url));

/** Lab addresses (mirror of test/lab/lib/env.sh). */
export const LAB = labData.lab;

/** The lab's state dir (lab.sh: GD_LAB_STATE, default /tmp/gd-lab): certificates, logs, pid files. */
export const LAB_STATE = process.env.GD_LAB_STATE ?? '/tmp/gd-lab';

export interface LabScenario {
  /** Name for `lab.sh scenario <name>`. */
  name: string;
  /** The verdict the diagnosis must reach. */
  verdict: VerdictId;
  /** The site the user cannot open. */
  url: string;
  /** CLI arguments that keep the run inside the lab (lab resolvers and control sites only). */
  cliArgs: string[];
  /** Extra environment for the CLI run (e.g. the proxy). */
  env: Record<string, string>;
}

/**
 * A scenario whose fault the lab builds but whose verdict the engine does not reach yet
 * ("pending": true in scenarios.json): the lab test and the bench skip it unless asked.
 * Its verdict may be an id the contract does not know yet, hence a plain string.
 */
export interface PendingLabScenario extends Omit<LabScenario, 'verdict'> {
  verdict: string;
  /** What the fault is (scenarios.json "note"). */
  note: string;
}

interface ScenarioData {
  name: string;
  verdict: string;
  url: string;
  env: Record<string, string>;
  pending?: boolean;
  note?: string;
}

/** Scenario env values may name the lab's state dir as $GD_LAB_STATE (the lab CA's certificate). */
function scenarioEnv(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v.replaceAll('$GD_LAB_STATE', LAB_STATE)]),
  );
}

const scenarioData: readonly ScenarioData[] = labData.scenarios.map((s) => ({
  ...s,
  env: { ...(s.env as Record<string, string>) },
}));

/** Arguments every lab CLI run needs: never the public default resolvers or control sites. */
export const LAB_CLI_ARGS: readonly string[] = labData.cliArgs;

/**
 * One scenario per verdict of docs/architecture.md (inconclusive has none: it is not a fault to build).
 * The data lives in scenarios.json so the bench (plain Node) reads the same list.
 */
export const SCENARIOS: readonly LabScenario[] = scenarioData
  .filter((s) => s.pending !== true)
  .map((s) => ({
    name: s.name,
    verdict: VerdictIdSchema.parse(s.verdict),
    url: s.url,
    cliArgs: [...LAB_CLI_ARGS],
    env: scenarioEnv(s.env),
  }));

/** The pending scenarios (see {@link PendingLabScenario}), in file order. */
export const PENDING_SCENARIOS: readonly PendingLabScenario[] = scenarioData
  .filter((s) => s.pending === true)
  .map((s) => ({
    name: s.name,
    verdict: s.verdict,
    url: s.url,
    cliArgs: [...LAB_CLI_ARGS],
    env: scenarioEnv(s.env),
    note: s.note ?? '',
  }));

const SBIN_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const PROXY_VARS = [
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
];

/** The environment for lab commands: the caller's, with sbin on PATH and no proxy from the host. */
export function labEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !PROXY_VARS.includes(k)),
  );
  const path = (env.PATH ?? '').split(':').filter((p) => p !== '');
  env.PATH = [...path, ...SBIN_PATH.filter((p) => !path.includes(p))].join(':');
  return { ...env, ...extra };
}

function findTool(name: string, path: string): boolean {
  return path.split(':').some((dir) => dir !== '' && existsSync(`${dir}/${name}`));
}

/**
 * Whether the lab can run here: Linux, root, the Debian tools, and network namespaces that can
 * really be created. `reason` says why not (the lab tests print it when they skip).
 * Set GD_SKIP_LAB=1 to skip on purpose.
 */
export function labAvailable(): { ok: boolean; reason: string } {
  if (process.env.GD_SKIP_LAB === '1') return { ok: false, reason: 'GD_SKIP_LAB=1 is set' };
  if (process.platform !== 'linux')
    return { ok: false, reason: `network namespaces need Linux (this is ${process.platform})` };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    return { ok: false, reason: 'the lab needs root (run the tests as root, as CI does)' };
  }
  const path = labEnv().PATH ?? '';
  const missing = [
    'ip',
    'nft',
    'nginx',
    'dnsmasq',
    'curl',
    'dig',
    'ping',
    'traceroute',
    'flock',
    'openssl',
  ].filter((t) => !findTool(t, path));
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `missing tools: ${missing.join(', ')} (install the Debian packages listed in .ci/run)`,
    };
  }
  const modules = ['/usr/lib/nginx/modules', '/usr/share/nginx/modules'];
  if (!modules.some((d) => existsSync(`${d}/ngx_http_headers_more_filter_module.so`))) {
    return {
      ok: false,
      reason: 'nginx headers-more module missing (Debian: libnginx-mod-http-headers-more-filter)',
    };
  }
  const probe = `gd-probe-${process.pid}`;
  try {
    execFileSync('ip', ['netns', 'add', probe], { env: labEnv(), stdio: 'pipe' });
    execFileSync('ip', ['netns', 'del', probe], { env: labEnv(), stdio: 'pipe' });
  } catch (e) {
    const msg =
      e instanceof Error && 'stderr' in e ? String((e as { stderr: unknown }).stderr).trim() : String(e);
    return { ok: false, reason: `cannot create network namespaces here: ${msg || 'ip netns add failed'}` };
  }
  return { ok: true, reason: 'root, tools and network namespaces available' };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

function run(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { env, cwd: REPO_ROOT, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const durationMs = performance.now() - started;
        let code = 0;
        if (error) code = typeof error.code === 'number' ? error.code : 1;
        const timedOut = error !== null && (error as { killed?: boolean }).killed === true;
        resolve({
          code,
          stdout,
          stderr: timedOut ? `${stderr}\n[killed after ${timeoutMs} ms]` : stderr,
          durationMs,
        });
      },
    );
  });
}

const SESSION_LOCK = process.env.GD_LAB_SESSION_LOCK ?? '/tmp/gd-lab.session.lock';
let session: ChildProcess | null = null;

/**
 * Takes the lab for this process (one lab per machine): holds the session lock that lab.sh
 * commands from anyone else wait for, so a second test or bench run cannot change scenarios under
 * this one. Waits up to `waitMs` for another run to finish. The lock is held by a `flock` child
 * whose stdin is this process: it is released by {@link releaseLabSession} or when this process dies.
 */
export async function acquireLabSession(waitMs = 150_000): Promise<void> {
  if (session !== null) return;
  const child = spawn(
    'flock',
    ['-w', String(Math.ceil(waitMs / 1000)), SESSION_LOCK, 'sh', '-c', 'echo locked; exec cat >/dev/null'],
    {
      env: labEnv(),
      stdio: ['pipe', 'pipe', 'ignore'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('error', reject);
    child.once('exit', (code) => {
      reject(
        new Error(
          `the lab is in use by another test or bench run (waited for ${SESSION_LOCK}; flock exit ${code})`,
        ),
      );
    });
  });
  session = child;
}

/** Whether this process holds the lab session. */
export function labSessionHeld(): boolean {
  return session !== null;
}

/** Gives the lab back (see {@link acquireLabSession}). */
export function releaseLabSession(): void {
  session?.stdin?.end();
  session = null;
}

async function lab(args: string[], timeoutMs = 120_000): Promise<RunResult> {
  return run(
    'bash',
    [LAB_SCRIPT, ...args],
    labEnv(session !== null ? { GD_LAB_IN_SESSION: '1' } : {}),
    timeoutMs,
  );
}

function failOn(what: string, r: RunResult): RunResult {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Takes the lab session (see {@link acquireLabSession}) and builds the lab from scratch (any leftovers are torn down first). */
export async function labUp(): Promise<void> {
  await acquireLabSession();
  failOn('lab.sh up', await lab(['up']));
}

/** Stops the lab's daemons, deletes its namespaces and gives the lab session back (unless keepSession). */
export async function labDown(opts: { keepSession?: boolean } = {}): Promise<void> {
  try {
    failOn('lab.sh down', await lab(['down']));
  } finally {
    if (opts.keepSession !== true) releaseLabSession();
  }
}

/** Runs the isolation and connectivity self-check; resolves to its PASS/FAIL output. */
export async function labSelfcheck(): Promise<string> {
  return failOn('lab.sh selfcheck', await lab(['selfcheck'])).stdout;
}

/** Resets the previous faults and applies one scenario; throws when its self-check fails. */
export async function applyScenario(name: string): Promise<string> {
  return failOn(`lab.sh scenario ${name}`, await lab(['scenario', name])).stdout;
}

/** Runs argv inside the PC namespace (`ip netns exec gd-pc ...`), without the host's proxy settings. */
export async function runInPc(
  argv: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<RunResult> {
  return run('ip', ['netns', 'exec', LAB.pcNamespace, ...argv], labEnv(env), timeoutMs);
}

/** The CLI entry point (`node electron/cli/bin.mjs`), relative to the repository root. */
export const CLI_BIN = 'electron/cli/bin.mjs';
const CLI_BUILT = fileURLToPath(new URL('../../out/cli/index.mjs', import.meta.url));

/** Builds the CLI (out/cli) when it is missing. */
export async function ensureCliBuilt(): Promise<void> {
  if (existsSync(CLI_BUILT)) return;
  failOn('npm run build:cli', await run('npm', ['run', '--silent', 'build:cli'], labEnv(), 180_000));
}

/** Runs `gateway-doctor diagnose <url> --json` for a scenario inside the PC namespace. */
export async function diagnoseInPc(
  s: Pick<LabScenario, 'url' | 'cliArgs' | 'env'>,
  timeoutMs = 60_000,
): Promise<RunResult> {
  await ensureCliBuilt(); // a parallel `npm run build` elsewhere may have emptied out/
  return runInPc([process.execPath, CLI_BIN, 'diagnose', s.url, '--json', ...s.cliArgs], s.env, timeoutMs);
}
