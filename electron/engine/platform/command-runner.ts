import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/** What one external program run produced. */
export interface CommandResult {
  /** Exit code, or null when the process was killed or never started. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The program does not exist (ENOENT). */
  notFound: boolean;
  aborted: boolean;
  /** Output exceeded maxOutputBytes; the process was killed and output cut. */
  truncated?: boolean;
  /** Spawn error code when the program could not be started (EACCES, ENOENT, ...). */
  errorCode?: string;
}

export interface RunOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Extra environment; LC_ALL=C and LANG=C are always forced so output is parseable. */
  env?: Record<string, string>;
  /** Called with every complete stdout line (CR stripped) as it arrives. */
  onStdoutLine?: (line: string) => void;
  /** Combined stdout+stderr cap; default 1 MiB. */
  maxOutputBytes?: number;
}

/** Runs external programs with an argv array (never a shell). Injected everywhere for tests. */
export interface CommandRunner {
  run(file: string, args: readonly string[], opts: RunOptions): Promise<CommandResult>;
}

const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
/** How long to wait for 'close' after a kill before giving up on the pipes (a grandchild may hold them). */
const CLOSE_GRACE_MS = 1000;

function emptyResult(): CommandResult {
  return { code: null, stdout: '', stderr: '', timedOut: false, notFound: false, aborted: false };
}

/** Splits a stream into lines (LF or CRLF), keeping a partial tail until the next chunk or end(). */
export function lineSplitter(emit: (line: string) => void): { push(chunk: string): void; end(): void } {
  let tail = '';
  return {
    push(chunk) {
      tail += chunk;
      let i = tail.indexOf('\n');
      while (i >= 0) {
        emit(tail.slice(0, i).replace(/\r$/, ''));
        tail = tail.slice(i + 1);
        i = tail.indexOf('\n');
      }
    },
    end() {
      if (tail.length > 0) emit(tail.replace(/\r$/, ''));
      tail = '';
    },
  };
}

/**
 * Creates the real runner: `child_process.spawn` with an argv array and `shell: false`,
 * environment merged with LC_ALL=C/LANG=C, output capped (then killed), and kill on
 * timeout or abort. Never rejects: every failure is described in the CommandResult.
 */
export function createNodeRunner(): CommandRunner {
  return {
    run(file, args, opts) {
      return new Promise<CommandResult>((resolve) => {
        const result = emptyResult();
        if (opts.signal?.aborted) {
          result.aborted = true;
          resolve(result);
          return;
        }
        const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
        let bytes = 0;
        let settled = false;
        let child: ChildProcess;
        const timers: { main?: NodeJS.Timeout; grace?: NodeJS.Timeout } = {};
        const lines = lineSplitter((l) => {
          try {
            opts.onStdoutLine?.(l);
          } catch {
            // a faulty listener must not break the run
          }
        });

        const finish = (): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timers.main);
          clearTimeout(timers.grace);
          opts.signal?.removeEventListener('abort', onAbort);
          lines.end();
          resolve(result);
        };
        const kill = (): void => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          if (!timers.grace) {
            timers.grace = setTimeout(() => {
              child.stdout?.destroy();
              child.stderr?.destroy();
              finish();
            }, CLOSE_GRACE_MS);
          }
        };
        const onAbort = (): void => {
          result.aborted = true;
          kill();
        };

        try {
          child = spawn(file, [...args], {
            shell: false,
            windowsHide: true,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, ...opts.env, LC_ALL: 'C', LANG: 'C' },
          });
        } catch (e) {
          // spawn throws synchronously for invalid arguments (e.g. NUL bytes)
          result.errorCode = (e as NodeJS.ErrnoException).code ?? 'EINVAL';
          result.stderr = e instanceof Error ? e.message : String(e);
          resolve(result);
          return;
        }

        const take = (chunk: string, which: 'stdout' | 'stderr'): void => {
          if (result.truncated) return;
          const size = Buffer.byteLength(chunk);
          if (bytes + size > max) {
            const room = Math.max(0, max - bytes);
            chunk = Buffer.from(chunk).subarray(0, room).toString('utf8');
            result.truncated = true;
          }
          bytes += Buffer.byteLength(chunk);
          result[which] += chunk;
          if (which === 'stdout') lines.push(chunk);
          if (result.truncated) kill();
        };
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (c: string) => take(c, 'stdout'));
        child.stderr?.on('data', (c: string) => take(c, 'stderr'));

        child.on('error', (err: NodeJS.ErrnoException) => {
          result.errorCode = err.code ?? 'UNKNOWN';
          if (err.code === 'ENOENT') result.notFound = true;
          if (err.code === 'EACCES') result.stderr += `permission denied: cannot execute ${file}`;
          else if (!result.notFound) result.stderr += err.message;
          // 'close' follows 'error' when spawning failed; finish anyway in case it does not
          if (child.pid === undefined) finish();
        });
        child.on('close', (code) => {
          result.code = code;
          finish();
        });

        timers.main = setTimeout(
          () => {
            result.timedOut = true;
            kill();
          },
          Math.max(0, opts.timeoutMs),
        );
        opts.signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
