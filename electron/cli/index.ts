import { parseArgs } from 'node:util';

const HELP = `gateway-doctor — find where a "502 Bad Gateway" or a site that will not load comes from.

Usage:
  gateway-doctor diagnose <url> [options]   check the site and say who must act
  gateway-doctor --help                     show this help
  gateway-doctor --version                  print the version

Exit codes: 0 diagnosis completed, 1 internal error, 2 bad input.
`;

/** CLI entry: returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${__APP_VERSION__}\n`);
    return 0;
  }
  if (command === 'diagnose') {
    parseArgs({ args: rest, allowPositionals: true, strict: false });
    process.stderr.write('gateway-doctor: diagnose is not available in this build yet.\n');
    return 1;
  }
  process.stderr.write(`gateway-doctor: unknown command "${command}". See gateway-doctor --help.\n`);
  return 2;
}
