import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window-options';

describe('window options', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.devTools).toBe(false);
  });

  it('uses exactly the secure preferences for the main window and hides it until ready', () => {
    const options = mainWindowOptions({ preloadPath: '/p.cjs', darkBackground: true, allowDevTools: true });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs', true));
    expect(options.show).toBe(false);
    expect(options.title).toBe('Gateway Doctor');
    expect(options.backgroundColor).not.toBe(
      mainWindowOptions({ preloadPath: '/p.cjs', darkBackground: false }).backgroundColor,
    );
  });

  it('points the preload at the CommonJS build', () => {
    // A sandboxed preload cannot be an ES module: the path main passes must be the .cjs output.
    const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', darkBackground: false });
    expect(options.webPreferences?.preload).toMatch(/\.cjs$/);
  });
});
