import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);

describe('application menu', () => {
  it('has edit roles (copy/paste) everywhere and developer tools only in dev', () => {
    const prod = roles(buildMenuTemplate({ isMac: false, isDev: false, appName: 'Gateway Doctor' }));
    expect(prod).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'quit']));
    expect(prod).not.toContain('toggleDevTools');
    expect(prod).not.toContain('reload');
    expect(roles(buildMenuTemplate({ isMac: false, isDev: true, appName: 'x' }))).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS', () => {
    const mac = buildMenuTemplate({ isMac: true, isDev: false, appName: 'Gateway Doctor' });
    expect(mac[0]?.label).toBe('Gateway Doctor');
  });
});
