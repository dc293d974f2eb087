import { exec as sudoExec } from '@vscode/sudo-prompt';
import type { ChannelHandlers, FixEvent } from '../../contract';
import type { Elevator, FixDeps } from '../../engine/fixes';
import { currentOs } from '../../engine';
import type { OsKind } from '../../engine';
import {
  createNodeFixDeps,
  describeFixParamsForLog,
  encodePowerShell,
  FixService,
  quotePosixArg,
  validateFixRequest,
} from '../../engine/fixes';
import type { MainContext } from './context';
import {
  CONFIRM_CANCELLED_TEXT,
  CONFIRM_FAILED_TEXT,
  SYSTEM_CHANGE_TEXT,
  systemChangeQuestion,
} from './fix-confirm';
import { fillFixParams } from './fix-params';

type FixChannels = 'fix:list' | 'fix:preview' | 'fix:run' | 'fix:confirm' | 'fix:undo';

/** Seconds the "Keep these settings?" prompt waits before a DNS change is undone. */
const KEEP_SECONDS = 20;

export interface FixesMainOptions {
  /** The fix service (tests inject one over fake deps); default: real deps + the OS prompt. */
  service?: FixService | Promise<FixService>;
  /** Restore snapshots left by a killed run as soon as the app starts (default true). */
  recoverOnStart?: boolean;
  /** The installed app (test knobs in the environment are refused); default true. */
  packaged?: boolean;
}

/** POSIX shell quoting for one argument (sudo-prompt takes a command line, not argv). */
export function quotePosix(arg: string): string {
  if (arg.includes('\0')) throw new Error('NUL byte in an argument');
  return quotePosixArg(arg);
}

/** cmd.exe quoting: only arguments without cmd metacharacters are accepted at all. */
function quoteWindows(arg: string): string {
  if (/["%!^&|<>\r\n\0]/.test(arg))
    throw new Error(`refusing to pass ${JSON.stringify(arg)} through the administrator prompt`);
  return /\s/.test(arg) ? `"${arg}"` : arg;
}

/**
 * sudo-prompt on Linux runs `/bin/sh -c '... pkexec /bin/bash -c "<line>"'`, escaping only `"`:
 * the unprivileged outer shell would still expand `$`, backticks and `\` inside those double
 * quotes (a `$(...)` in an interface name would run, and its output reach the root shell).
 * Escaping them makes the outer shell hand bash exactly the quotePosix line. macOS writes the
 * line to a script file instead, so it must not get this extra layer.
 */
function escapeForDoubleQuotes(line: string): string {
  return line.replace(/[\\$`]/g, '\\$&');
}

/**
 * Turns the argv arrays of one fix into the single command line sudo-prompt needs. Each argv
 * was built by the engine from validated values; this function is the one place they become
 * text, with strict quoting (POSIX) or an allow-list plus -EncodedCommand (Windows).
 */
export function elevatedCommandLine(platform: OsKind, commands: readonly string[][]): string {
  if (commands.length === 0) throw new Error('no commands');
  if (platform === 'win32')
    return commands.map((c) => encodePowerShell(c).map(quoteWindows).join(' ')).join(' && ');
  const line = commands.map((c) => c.map(quotePosix).join(' ')).join(' && ');
  return platform === 'darwin' ? line : escapeForDoubleQuotes(line);
}

/** The OS prompt (polkit/pkexec, macOS authorization dialog, UAC) through @vscode/sudo-prompt. */
function sudoPromptElevator(platform: OsKind = currentOs()): Elevator {
  return {
    run: (commands) =>
      new Promise((resolve) => {
        let line: string;
        try {
          line = elevatedCommandLine(platform, commands);
        } catch (e) {
          resolve({ ok: false, detail: e instanceof Error ? e.message : String(e) });
          return;
        }
        sudoExec(line, { name: 'Gateway Doctor' }, (error, _stdout, stderr) => {
          if (error)
            resolve({ ok: false, detail: `${error.message}${stderr ? `: ${String(stderr).trim()}` : ''}` });
          else resolve({ ok: true, detail: '' });
        });
      }),
  };
}

async function defaultService(ctx: MainContext, packaged: boolean): Promise<FixService> {
  const deps: FixDeps = await createNodeFixDeps({ packaged, overrides: { elevator: sudoPromptElevator() } });
  const fileLog = deps.log;
  // every fix line goes to the app log as well as the fixes log in the state dir
  deps.log = (line) => {
    ctx.log.info(`[fix] ${line}`);
    fileLog(line);
  };
  return new FixService(deps);
}

/**
 * Handlers for the quick-fix channels. The dispatcher has validated the payload with the
 * contract; each handler validates again (validateFixRequest) before the engine sees it.
 */
export function createFixesHandlers(
  ctx: MainContext,
  o: FixesMainOptions = {},
): Pick<ChannelHandlers, FixChannels> {
  const service = Promise.resolve(o.service ?? defaultService(ctx, o.packaged ?? true));
  if (o.recoverOnStart !== false) {
    service
      .then((s) => s.recoverInterrupted())
      .then((restored) => {
        for (const r of restored) {
          ctx.log.warn(`[fix] ${r.message}`);
          // a refused snapshot is said too: the person learns a saved change was not used
          if (r.ok || r.refused) ctx.notify('Gateway Doctor', r.message);
        }
      })
      .catch((e: unknown) => ctx.log.error('[fix] recovery of interrupted fixes failed', e));
  }
  let seq = 0;

  return {
    'fix:list': async () => (await service).list(),
    'fix:preview': async ({ fixId, params }) => {
      const req = validateFixRequest(fixId, params);
      return (await (await service).preview(req.fixId, fillFixParams(ctx.history, req.fixId, req.params)))
        .preview;
    },
    'fix:run': async ({ fixId, params }) => {
      const checked = validateFixRequest(fixId, params);
      const req = { fixId: checked.fixId, params: fillFixParams(ctx.history, checked.fixId, checked.params) };
      const s = await service;
      const fixRunId = `fix-${Date.now().toString(36)}-${(seq++).toString(36)}`;
      let markStarted: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (markStarted = resolve));
      const emit = (e: FixEvent): void => {
        markStarted();
        ctx.sink('fix:event', e);
      };
      ctx.log.info(`[fix] run requested: ${req.fixId} ${describeFixParamsForLog(req.params)}`);
      // A change to the system needs the person's own yes in a dialog of main, not only the page's.
      const question = SYSTEM_CHANGE_TEXT[req.fixId]
        ? systemChangeQuestion(req.fixId, req.params, await s.preview(req.fixId, req.params))
        : null;
      if (question) {
        let yes: boolean;
        try {
          yes = await ctx.confirmSystemChange(question);
        } catch (e) {
          ctx.log.error(`[fix] ${fixRunId}: the confirmation dialog failed`, e);
          throw new Error(CONFIRM_FAILED_TEXT);
        }
        if (!yes) {
          ctx.log.info(`[fix] ${fixRunId} (${req.fixId}) cancelled in the confirmation dialog`);
          ctx.sink('fix:event', {
            type: 'finished',
            fixRunId,
            outcome: 'cancelled',
            message: CONFIRM_CANCELLED_TEXT,
          });
          return { fixRunId };
        }
      }
      const run = s.run(req.fixId, req.params, { fixRunId, onEvent: emit, keepSeconds: KEEP_SECONDS });
      // Refusals (busy, not available, needs admin) reject before the first event: they reach
      // the renderer as a rejected invoke. Later failures arrive as a 'finished' event.
      await Promise.race([started, run.then(() => undefined)]);
      run.catch((e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        ctx.log.error(`[fix] ${fixRunId} failed: ${message}`);
        ctx.sink('fix:event', { type: 'finished', fixRunId, outcome: 'failed', message });
      });
      return { fixRunId };
    },
    'fix:confirm': async ({ fixRunId, keep }) => ({ ok: (await service).confirm(fixRunId, keep) }),
    'fix:undo': async ({ fixId }) => (await service).undo(fixId),
  };
}
