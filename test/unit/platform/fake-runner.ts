import type {
  CommandResult,
  CommandRunner,
  RunOptions,
} from '../../../electron/engine/platform/command-runner';

export interface FakeReply {
  stdout?: string;
  stderr?: string;
  code?: number | null;
  notFound?: boolean;
  timedOut?: boolean;
  errorCode?: string;
}

export interface FakeCall {
  file: string;
  args: readonly string[];
  opts: RunOptions;
}

/**
 * A scripted CommandRunner: replies are looked up by "file arg arg ..." (exact) or by file name;
 * unknown commands behave like a missing program. stdout is streamed line by line like the real runner.
 */
export function fakeRunner(replies: Record<string, FakeReply>): CommandRunner & { calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  return {
    calls,
    run(file, args, opts): Promise<CommandResult> {
      calls.push({ file, args, opts });
      if (opts.signal?.aborted)
        return Promise.resolve({
          code: null,
          stdout: '',
          stderr: '',
          timedOut: false,
          notFound: false,
          aborted: true,
        });
      const r = replies[[file, ...args].join(' ')] ?? replies[file];
      if (!r || r.notFound) {
        return Promise.resolve({
          code: null,
          stdout: '',
          stderr: '',
          timedOut: false,
          notFound: true,
          aborted: false,
          errorCode: 'ENOENT',
        });
      }
      const stdout = r.stdout ?? '';
      if (opts.onStdoutLine) {
        const lines = stdout.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        lines.forEach((l) => opts.onStdoutLine?.(l.replace(/\r$/, '')));
      }
      return Promise.resolve({
        code: r.code === undefined ? 0 : r.code,
        stdout,
        stderr: r.stderr ?? '',
        timedOut: r.timedOut ?? false,
        notFound: false,
        aborted: false,
        ...(r.errorCode ? { errorCode: r.errorCode } : {}),
      });
    },
  };
}

/** A readFile over an in-memory map; missing paths reject like ENOENT. */
export function fakeFiles(files: Record<string, string>): (path: string) => Promise<string> {
  return (path) =>
    path in files
      ? Promise.resolve(files[path] as string)
      : Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
}
