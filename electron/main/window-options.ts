import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The web preferences of every window: the renderer is untrusted content that may only
 * talk through the preload's bridge. Kept pure so a unit test can assert each flag.
 */
export function secureWebPreferences(preloadPath: string, allowDevTools = false): WebPreferences {
  return {
    preload: preloadPath,
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
    safeDialogs: true,
    spellcheck: false,
    devTools: allowDevTools,
  };
}

/** Options for the main window (size, title, background following the OS theme). */
export function mainWindowOptions(o: {
  preloadPath: string;
  iconPath?: string;
  darkBackground: boolean;
  allowDevTools?: boolean;
}): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 780,
    minWidth: 640,
    minHeight: 520,
    title: 'Gateway Doctor',
    // Shown on 'ready-to-show' so the user never sees a blank white frame.
    show: false,
    backgroundColor: o.darkBackground ? '#1b1d21' : '#ffffff',
    autoHideMenuBar: false,
    ...(o.iconPath ? { icon: o.iconPath } : {}),
    webPreferences: secureWebPreferences(o.preloadPath, o.allowDevTools ?? false),
  };
}
