import type { CliIo } from '../io';

/** `gateway-doctor diagnose` — not built yet; prints no fake result. */
export async function runDiagnoseCommand(_args: string[], io: CliIo): Promise<number> {
  io.err('gateway-doctor: "diagnose" is not available in this build yet.\n');
  return 1;
}
