import { open } from 'node:fs/promises';

/** A hosts file larger than this is not a hosts file people edit; read no further. */
const HOSTS_FILE_CAP = 1024 * 1024;

/**
 * The text of the hosts file, at most HOSTS_FILE_CAP bytes, or null when there is none or it
 * cannot be read. Never throws (the file is untrusted input, like everything on disk).
 */
export async function readHostsText(path: string): Promise<string | null> {
  try {
    const file = await open(path, 'r');
    try {
      const buf = Buffer.alloc(HOSTS_FILE_CAP);
      const { bytesRead } = await file.read(buf, 0, HOSTS_FILE_CAP, 0);
      return buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}

/** The 1-based number of the first line that maps `host` (comments ignored), or null. */
export function hostsLineOf(text: string, host: string): number | null {
  const want = host.toLowerCase().replace(/\.$/, '');
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const names = (lines[i] ?? '').replace(/#.*$/, '').trim().split(/\s+/).slice(1);
    if (names.some((n) => n.toLowerCase().replace(/\.$/, '') === want)) return i + 1;
  }
  return null;
}
