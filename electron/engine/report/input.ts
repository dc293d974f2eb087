import { open } from 'node:fs/promises';

/** The largest saved diagnosis a report is made from (a real one is well under 1 MiB). */
export const REPORT_INPUT_MAX_BYTES = 8 * 1024 * 1024;

/** Thrown for a report input that is too large or cannot be read as a file: nothing is built. */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}

function mib(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}

function tooLarge(what: string, size: number | null, max: number): ReportInputError {
  const measured = size === null ? `more than ${mib(max)}` : mib(size);
  return new ReportInputError(
    `${what} is too large (${measured}); a saved diagnosis is at most ${mib(max)}.`,
  );
}

/**
 * Reads a saved diagnosis file as UTF-8, refusing it before reading when its size is over `max`
 * and while reading when it grows or is not a regular file (a pipe, a device): memory and time
 * stay bounded whatever the path points at.
 */
export async function readReportInput(path: string, max: number = REPORT_INPUT_MAX_BYTES): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ReportInputError(`"${path}" is a folder, not a saved diagnosis.`);
    if (info.isFile() && info.size > max) throw tooLarge(`"${path}"`, info.size, max);
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(1024 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw tooLarge(`"${path}"`, null, max);
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Refuses a diagnosis whose JSON is over `max` characters (results from history or the bridge). */
export function assertReportInputSize(result: unknown, max: number = REPORT_INPUT_MAX_BYTES): void {
  const size = JSON.stringify(result)?.length ?? 0;
  if (size > max) throw tooLarge('The diagnosis', size, max);
}
