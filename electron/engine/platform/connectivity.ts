// What the operating system itself knows about a sign-in portal: NetworkManager's own connectivity
// check (on Linux) says `portal` when plain web requests are answered by a sign-in page.
import type { CommandRunner } from './command-runner';
import { skipNote } from './skip';
import type { OsKind, ToolSkip } from './types';

/** NetworkManager's connectivity states (nmcli -t -f CONNECTIVITY general). */
const OS_CONNECTIVITY = ['full', 'portal', 'limited', 'none', 'unknown'] as const;
export type OsConnectivity = (typeof OS_CONNECTIVITY)[number];

/** A quick local question: NetworkManager answers from its last check at once. */
const CONNECTIVITY_TIMEOUT_MS = 800;

/** Parses `nmcli -t -f CONNECTIVITY general` ("portal\n"); null for anything else. */
export function parseNmcliConnectivity(text: string): OsConnectivity | null {
  const word = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return (OS_CONNECTIVITY as readonly string[]).includes(word) ? (word as OsConnectivity) : null;
}

/**
 * The system's own connectivity verdict, where the OS offers one (NetworkManager on Linux);
 * a skip elsewhere, when the tool is missing or NetworkManager is not running.
 */
export async function osConnectivity(
  os: OsKind,
  runner: CommandRunner,
  signal?: AbortSignal,
): Promise<OsConnectivity | ToolSkip> {
  const none = (code: 'os-no-portal-report' | 'portal-tool-missing' | 'portal-tool-silent'): ToolSkip => ({
    kind: 'skipped',
    ...skipNote(code, {}),
  });
  if (os !== 'linux') return none('os-no-portal-report');
  const r = await runner.run('nmcli', ['-t', '-f', 'CONNECTIVITY', 'general'], {
    timeoutMs: CONNECTIVITY_TIMEOUT_MS,
    signal,
  });
  if (r.notFound) return none('portal-tool-missing');
  const state = r.code === 0 ? parseNmcliConnectivity(r.stdout) : null;
  return state ?? none('portal-tool-silent');
}
