import type { CliIo } from '../io';

/** `gateway-doctor fix` — not built yet; prints no fake result. */
export async function runFixCommand(_args: string[], io: CliIo): Promise<number> {
  io.err('gateway-doctor: "fix" is not available in this build yet.\n');
  return 1;
}
