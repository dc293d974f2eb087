import { open } from 'node:fs/promises';
import { isIP } from 'node:net';

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

/** One line of the hosts file that names a host. */
export interface HostsEntry {
  /** 1-based line number. */
  line: number;
  address: string;
  /** The line as written, comments dropped, whitespace collapsed (at most LINE_TEXT_MAX characters). */
  text: string;
}

const LINE_TEXT_MAX = 200;
const MAX_ENTRIES = 8;

/** Every line that maps `host` (comments ignored), in file order, at most MAX_ENTRIES. */
export function hostsEntriesOf(text: string, host: string): HostsEntry[] {
  const want = host.toLowerCase().replace(/\.$/, '');
  const out: HostsEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && out.length < MAX_ENTRIES; i++) {
    const clean = (lines[i] ?? '').replace(/#.*$/, '').trim();
    const [address, ...names] = clean.split(/\s+/);
    if (!address || isIP(address) === 0) continue;
    if (names.some((n) => n.toLowerCase().replace(/\.$/, '') === want))
      out.push({ line: i + 1, address, text: clean.replace(/\s+/g, ' ').slice(0, LINE_TEXT_MAX) });
  }
  return out;
}
