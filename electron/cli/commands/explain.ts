import type { CliIo } from '../io';

/** `gateway-doctor explain` — not built yet; prints no fake result. */
export async function runExplainCommand(_args: string[], io: CliIo): Promise<number> {
  io.err('gateway-doctor: "explain" is not available in this build yet.\n');
  return 1;
}
