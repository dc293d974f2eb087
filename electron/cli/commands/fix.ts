import { createInterface } from 'node:readline';
import type { FixId, FixParams } from '../../contract';
import type { FixDeps, FixPlan, FixRunResult } from '../../engine/fixes';
import {
  ALL_FIX_IDS,
  BROWSER_IDS,
  createNodeFixDeps,
  FIX_INFO,
  FIX_ENV,
  FixBusyError,
  FixInputError,
  FixNeedsAdminError,
  FixService,
  paramsFromDiagnosis,
  parseServerList,
  quotePosixArg,
  validateFixRequest,
} from '../../engine/fixes';
import type { CliIo } from '../io';

const HELP = `gateway-doctor fix — quick fixes, previewed, verified and reversible.

Usage:
  gateway-doctor fix list [--json]               the fixes and whether they work on this computer
  gateway-doctor fix <id> [options]              preview, then run one fix
  gateway-doctor fix undo <id>                   put back the settings from before a fix (switch-dns)

Options:
  --to <ip,ip>        new DNS servers for switch-dns (IP addresses only, at most 4); without it,
                      the servers that answered best in the last "gateway-doctor diagnose"
  --url <url>         the site, for open-private-window / open-other-browser (and to verify DNS)
  --browser <name>    your usual browser: ${BROWSER_IDS.join(', ')}
  --dry-run           print the exact commands and file changes; change nothing
  --yes               do not ask: run, and keep a DNS change that passed verification
  --json              (list) machine-readable output

Fixes: ${ALL_FIX_IDS.join(', ')}

Without --yes the fix asks for consent on the terminal; with no terminal it refuses (exit 2).
A DNS change is verified by looking a name up through the new servers; when that fails the
old settings come back by themselves, and without a "yes" within 20 seconds as well.

Exit codes: 0 done (or dry run shown), 1 the fix failed or was rolled back, 2 bad input or refused.

Test-only environment knobs (refused under sudo/pkexec and in the installed app):
  ${FIX_ENV.stateDir}    where snapshots, the lock and history.jsonl are kept
  ${FIX_ENV.resolvConf}  manage this resolv.conf file instead of detecting the DNS manager
  ${FIX_ENV.verifyName}  control name looked up to verify a DNS change when no site is known (default example.com)
  ${FIX_ENV.pauseAfterSnapshot}  test only: pause after the snapshot is saved
  ${FIX_ENV.pauseAfterChange}  test only: pause after the change, before it is verified
`;

/** Asks one question on the terminal; resolves null when no answer came in time. */
export type Ask = (question: string, timeoutMs: number | null) => Promise<string | null>;

/** What the fix command needs besides io (injected by tests). */
export interface FixCommandDeps {
  createDeps?: (env: CliIo['env']) => Promise<FixDeps>;
  /** null when stdin is not a terminal (then consent must come from --yes). */
  ask?: Ask | null;
}

function ttyAsk(): Ask | null {
  if (process.stdin.isTTY !== true) return null;
  return (question, timeoutMs) =>
    new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      const timer = timeoutMs === null ? undefined : setTimeout(() => (rl.close(), resolve(null)), timeoutMs);
      rl.question(question, (answer) => {
        clearTimeout(timer);
        rl.close();
        resolve(answer);
      });
    });
}

/** Shows an argv the way a person would type it (display only; it is never run through a shell). */
export function displayArgv(argv: readonly string[]): string {
  return argv.map(quotePosixArg).join(' ');
}

interface Opts {
  positional: string[];
  to?: string;
  url?: string;
  browser?: string;
  dryRun: boolean;
  yes: boolean;
  json: boolean;
  help: boolean;
}

function parseArgs(args: string[]): Opts {
  const o: Opts = { positional: [], dryRun: false, yes: false, json: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new FixInputError(`${name} needs a value`);
      return v;
    };
    if (a === '--dry-run') o.dryRun = true;
    else if (a === '--yes' || a === '-y') o.yes = true;
    else if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--to' || a.startsWith('--to=')) o.to = value('--to');
    else if (a === '--url' || a.startsWith('--url=')) o.url = value('--url');
    else if (a === '--browser' || a.startsWith('--browser=')) o.browser = value('--browser');
    else if (a.startsWith('-'))
      throw new FixInputError(`unknown option ${a}. See gateway-doctor fix --help.`);
    else o.positional.push(a);
  }
  return o;
}

/** Which fix parameter each value option sets. */
const OPTION_PARAM = { '--to': 'servers', '--url': 'url', '--browser': 'browser' } as const;

function givenValueOptions(o: Opts): (keyof typeof OPTION_PARAM)[] {
  return [
    o.to !== undefined ? '--to' : null,
    o.url !== undefined ? '--url' : null,
    o.browser !== undefined ? '--browser' : null,
  ].filter((x): x is keyof typeof OPTION_PARAM => x !== null);
}

/** Refuses every given option that `what` does not take (a silently ignored option is a surprise). */
function refuseOptions(what: string, given: string[]): void {
  if (given.length === 0) return;
  throw new FixInputError(`${what} does not take ${given.join(', ')}. See gateway-doctor fix --help.`);
}

function printPreview(io: CliIo, plan: FixPlan): void {
  const p = plan.preview;
  io.out(`${p.title} (${p.id})\n  ${p.description}\n`);
  io.out(
    `  Needs administrator rights: ${p.needsAdmin ? 'yes' : 'no'} · risk: ${p.risk} · about ${p.expectedSeconds} s\n`,
  );
  if (p.commands.length > 0) {
    io.out('  Commands:\n');
    for (const c of p.commands) io.out(`    $ ${displayArgv(c)}\n`);
  }
  if (p.changes.length > 0) {
    io.out('  Changes:\n');
    for (const c of p.changes) io.out(`    ${c}\n`);
  }
  if (plan.newFileContent !== null) {
    io.out('  New file content:\n');
    for (const line of plan.newFileContent.replace(/\n$/, '').split('\n')) io.out(`    | ${line}\n`);
  }
  if (p.steps.length > 0) {
    io.out('  Steps:\n');
    p.steps.forEach((s, i) => io.out(`    ${i + 1}. ${s}\n`));
  }
  // the command to undo is the terminal's business; the catalog's words are the same as the window's
  const undoCommand = p.id === 'switch-dns' ? ` (gateway-doctor fix undo ${p.id})` : '';
  io.out(`  Verified by: ${p.verify}\n  Undo: ${p.undo}${undoCommand}\n`);
}

async function withService<T>(
  io: CliIo,
  cdeps: FixCommandDeps,
  recover: boolean,
  fn: (s: FixService) => Promise<T>,
): Promise<T> {
  const deps = await (cdeps.createDeps ?? ((env) => createNodeFixDeps({ env })))(io.env);
  const service = new FixService(deps);
  if (recover) {
    for (const r of await service.recoverInterrupted()) io.err(`gateway-doctor: ${r.message}\n`);
  } else {
    const pending = await service.pendingRecoveries();
    if (pending.length > 0)
      io.err(
        `gateway-doctor: ${pending.length} interrupted change(s) will be put back on the next real run.\n`,
      );
    const refused = await service.pendingRefusals();
    if (refused > 0)
      io.err(
        `gateway-doctor: ${refused} saved change(s) cannot be trusted; the next real run refuses them and changes nothing.\n`,
      );
  }
  return fn(service);
}

const NO_DIAGNOSIS =
  'switch-dns needs DNS servers to switch to. Run "gateway-doctor diagnose <site>" first (it proposes the servers that worked), or give them with --to 1.1.1.1,1.0.0.1.';
const NO_PROPOSAL =
  'In the last diagnosis no other DNS server answered the site, so there is nothing to propose. Give the servers with --to 1.1.1.1,1.0.0.1.';

/** switch-dns without --to: the servers that worked in the last diagnosis (and its host, to verify). */
async function fromLastDiagnosis(
  io: CliIo,
  service: FixService,
  req: { fixId: FixId; params: FixParams },
): Promise<{ fixId: FixId; params: FixParams }> {
  const last = await service.store.loadLastDiagnosis();
  if (!last) throw new FixInputError(NO_DIAGNOSIS);
  const params = paramsFromDiagnosis(req.params, last);
  if (!params.servers) throw new FixInputError(NO_PROPOSAL);
  io.out(
    `Proposed from the diagnosis of ${last.target.host} (${last.finishedAt}): the DNS servers that answered it best.\n`,
  );
  return validateFixRequest(req.fixId, params);
}

async function runOne(
  id: string,
  o: Opts,
  io: CliIo,
  cdeps: FixCommandDeps,
  ask: Ask | null,
): Promise<number> {
  const known = validateFixRequest(id, {}).fixId;
  const takes: readonly string[] = FIX_INFO[known].params;
  refuseOptions(known, [
    ...givenValueOptions(o).filter((opt) => !takes.includes(OPTION_PARAM[opt])),
    ...(o.json ? ['--json'] : []),
  ]);
  const params: FixParams = {};
  if (o.to !== undefined) params.servers = parseServerList(o.to);
  if (o.url !== undefined) params.url = o.url;
  // unchecked here on purpose: validateFixRequest (the contract schema) refuses unknown names
  if (o.browser !== undefined) (params as Record<string, unknown>).browser = o.browser;
  const checked = validateFixRequest(id, params);
  return withService(io, cdeps, !o.dryRun, async (service) => {
    const req =
      checked.fixId === 'switch-dns' && !checked.params.servers
        ? await fromLastDiagnosis(io, service, checked)
        : checked;
    const plan = await service.preview(req.fixId, req.params);
    if (!plan.preview.available) {
      io.err(
        `gateway-doctor: "${req.fixId}" is not available on this computer: ${plan.preview.unavailableReason ?? 'unsupported'}\n`,
      );
      return 2;
    }
    printPreview(io, plan);
    if (o.dryRun) {
      io.out('Dry run: nothing was changed.\n');
      return 0;
    }
    if (plan.preview.kind === 'command' && !o.yes) {
      if (!ask) {
        io.err(
          'gateway-doctor: this fix changes settings and needs your consent. Re-run with --yes to go ahead (or --dry-run to only see the commands).\n',
        );
        return 2;
      }
      const answer = await ask('Run this fix now? [y/N] ', null);
      if (!/^y(es)?$/i.test((answer ?? '').trim())) {
        io.err('Nothing was changed.\n');
        return 2;
      }
    }
    const result: FixRunResult = await service.run(req.fixId, req.params, {
      autoKeep: o.yes,
      onEvent: (e) => {
        if (e.type === 'stage' && e.stage !== 'done') io.err(`… ${e.stage}\n`);
      },
      ...(ask
        ? {
            askKeep: async (_runId: string, seconds: number) => {
              const a = await ask(
                `Keep these settings? [y/N] (they are undone in ${seconds} s without an answer) `,
                seconds * 1000,
              );
              return /^y(es)?$/i.test((a ?? '').trim());
            },
          }
        : {}),
    });
    io.out(`${result.outcome}: ${result.message}\n`);
    return result.outcome === 'kept' || result.outcome === 'verified' ? 0 : 1;
  });
}

/** `gateway-doctor fix ...`: list, preview/run, undo. Returns the exit code. */
export async function runFixCommand(args: string[], io: CliIo, cdeps: FixCommandDeps = {}): Promise<number> {
  const ask = cdeps.ask === undefined ? ttyAsk() : cdeps.ask;
  try {
    const o = parseArgs(args);
    const [sub, target, ...extra] = o.positional;
    if (o.help || sub === undefined) {
      io.out(HELP);
      return sub === undefined && !o.help ? 2 : 0;
    }
    if (sub === 'list') {
      refuseOptions('fix list', [
        ...givenValueOptions(o),
        ...(o.dryRun ? ['--dry-run'] : []),
        ...(o.yes ? ['--yes'] : []),
      ]);
      if (target !== undefined)
        throw new FixInputError(`unexpected argument "${target}". See gateway-doctor fix --help.`);
      return await withService(io, cdeps, true, async (service) => {
        const list = await service.list();
        if (o.json) {
          io.out(`${JSON.stringify(list, null, 2)}\n`);
          return 0;
        }
        for (const f of list) {
          const state = f.available ? 'available' : `not available: ${f.unavailableReason ?? ''}`;
          io.out(
            `${f.id.padEnd(24)} ${f.kind.padEnd(8)} ${f.needsAdmin ? 'admin' : '     '}  ${f.title} — ${state}\n`,
          );
        }
        return 0;
      });
    }
    if (sub === 'undo') {
      if (target === undefined || extra.length > 0)
        throw new FixInputError('usage: gateway-doctor fix undo <id>');
      validateFixRequest(target, {});
      // --dry-run in particular: undo has no dry run, and ignoring it would undo for real
      refuseOptions('fix undo', [
        ...givenValueOptions(o),
        ...(o.dryRun ? ['--dry-run'] : []),
        ...(o.yes ? ['--yes'] : []),
        ...(o.json ? ['--json'] : []),
      ]);
      return await withService(io, cdeps, true, async (service) => {
        const r = await service.undo(target);
        (r.ok ? io.out : io.err)(`${r.message}\n`);
        if (r.ok) return 0;
        return r.refused || r.message.startsWith('Nothing to undo') ? 2 : 1;
      });
    }
    if (target !== undefined)
      throw new FixInputError(`unexpected argument "${target}". See gateway-doctor fix --help.`);
    return await runOne(sub, o, io, cdeps, ask);
  } catch (e) {
    if (e instanceof FixInputError || e instanceof FixNeedsAdminError || e instanceof FixBusyError) {
      io.err(`gateway-doctor: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
