import { runDiagnoseCommand } from './commands/diagnose';
import { runExplainCommand } from './commands/explain';
import { runFixCommand } from './commands/fix';
import { runReportCommand } from './commands/report';
import type { CliIo } from './io';
import { nodeIo } from './io';

const HELP = `gateway-doctor — find where a "502 Bad Gateway" or a site that will not load comes from.

Usage:
  gateway-doctor diagnose <url> [options]    check the site and say who must act
  gateway-doctor explain "<error text>"      explain an error page or code (- reads stdin)
  gateway-doctor report <result.json> <file> write a report (.html .md .json .pdf) from a saved --json result
  gateway-doctor fix list [--json]           list the quick fixes
  gateway-doctor fix <id> [--dry-run]        preview or run a quick fix
  gateway-doctor --help                      show this help
  gateway-doctor --version                   print the version

Run "gateway-doctor <command> --help" for a command's options. diagnose and report take
--lang en|de (default: German when LC_ALL, LC_MESSAGES or LANG starts with "de", else English).
Exit codes: 0 completed, 1 internal error, 2 bad input.
`;

/** CLI entry: runs one command and returns the process exit code. */
export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return 0;
      case '--version':
      case '-v':
        io.out(`${__APP_VERSION__}\n`);
        return 0;
      case 'diagnose':
        return await runDiagnoseCommand(rest, io);
      case 'explain':
        return await runExplainCommand(rest, io);
      case 'fix':
        return await runFixCommand(rest, io);
      case 'report':
        return await runReportCommand(rest, io);
      default:
        io.err(`gateway-doctor: unknown command "${command}". See gateway-doctor --help.\n`);
        return 2;
    }
  } catch (error) {
    io.err(`gateway-doctor: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
