import type { OsKind } from './types';

/**
 * The one OS detection: which of the three supported systems a Node platform name stands for.
 * Anything that is neither macOS nor Windows is driven like Linux (the BSDs share its tools).
 */
export function osKindOf(platform: string): OsKind {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

/** The OS this process runs on, as the platform layer drives it. */
export function currentOs(): OsKind {
  return osKindOf(process.platform);
}
