/** Where the CLI writes and reads; injected so commands are testable in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (live progress is shown only then). */
  errIsTty: boolean;
  readStdin(): Promise<string>;
  env: NodeJS.ProcessEnv;
}

const STDIN_LIMIT = 4 * 1024 * 1024;

/** The real process streams. */
export function nodeIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTty: process.stderr.isTTY === true,
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        size += buf.length;
        if (size > STDIN_LIMIT) throw new Error('standard input is larger than 4 MiB');
        chunks.push(buf);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
