import { describe, expect, it } from 'vitest';
import { currentOs, osKindOf } from '../../../electron/engine/platform/os';

describe('osKindOf (the one OS detection)', () => {
  it.each([
    ['linux', 'linux'],
    ['darwin', 'darwin'],
    ['win32', 'win32'],
    ['freebsd', 'linux'],
    ['openbsd', 'linux'],
    ['', 'linux'],
  ])('%j → %s', (platform, kind) => {
    expect(osKindOf(platform)).toBe(kind);
  });

  it('currentOs reads this process', () => {
    expect(currentOs()).toBe(osKindOf(process.platform));
  });
});
