// Runs electron/main/index.ts against a mocked 'electron' (the binary cannot run here) and
// checks the glue: secure window, one validated IPC handler per channel, permissions,
// single-instance lock.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../electron/contract';
import { secureWebPreferences } from '../../../electron/main/window-options';

type Fn = (...args: unknown[]) => unknown;

const mainDir = fileURLToPath(new URL('../../../electron/main/', import.meta.url));

const state = vi.hoisted(() => ({
  gotLock: true,
  quit: 0,
  appListeners: new Map<string, Fn>(),
  windows: [] as { options: Record<string, unknown>; loaded: string[]; webContents: { id: number } }[],
  handlers: new Map<string, Fn>(),
  permissionRequest: null as Fn | null,
  menuSet: 0,
  sandboxEnabled: 0,
  startupErrors: [] as string[],
  requestFilter: null as Fn | null,
  order: [] as string[],
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, Fn>(),
}));

vi.mock('../../../assets/icons/512x512.png?asset', () => ({ default: '/fake/icon.png' }));

vi.mock('electron-log/main', () => {
  const noop = () => undefined;
  return {
    default: {
      transports: { file: {}, console: {} },
      errorHandler: { startCatching: noop },
      info: noop,
      warn: noop,
      error: noop,
    },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    get(k: string) {
      return this.data.get(k);
    }
    set(k: string, v: unknown) {
      this.data.set(k, v);
    }
  },
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows() {
      return BrowserWindow.all;
    }
    webContents: { id: number; send: Fn };
    private record: { options: Record<string, unknown>; loaded: string[]; webContents: { id: number } };
    constructor(options: Record<string, unknown>) {
      this.webContents = { id: 40 + state.windows.length, send: () => undefined };
      this.record = { options, loaded: [], webContents: this.webContents };
      state.windows.push(this.record);
      BrowserWindow.all.push(this);
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    loadFile(path: string) {
      this.record.loaded.push(path);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const session = {
    setPermissionRequestHandler: (h: Fn) => void (state.permissionRequest = h),
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    resolveProxy: async () => 'DIRECT',
    webRequest: { onBeforeRequest: (h: Fn) => void (state.requestFilter = h) },
  };
  return {
    app: {
      name: 'Gateway Doctor',
      isPackaged: true,
      enableSandbox: () => void state.sandboxEnabled++,
      requestSingleInstanceLock: () => state.gotLock,
      quit: () => void state.quit++,
      on: (event: string, fn: Fn) => void state.appListeners.set(event, fn),
      whenReady: () => {
        state.order.push('whenReady');
        return Promise.resolve();
      },
      getName: () => 'Gateway Doctor',
      getLocale: () => 'en-US',
      getPath: () => '/tmp',
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        state.order.push('registerSchemesAsPrivileged');
        state.schemes.push(schemes);
      },
      handle: (scheme: string, fn: Fn) => {
        state.order.push(`handle:${scheme}`);
        state.protocolHandlers.set(scheme, fn);
      },
    },
    ipcMain: {
      handle: (channel: string, fn: Fn) => void state.handlers.set(channel, fn),
      removeAllListeners: () => undefined,
      removeHandler: () => undefined,
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => void state.menuSet++ },
    nativeTheme: { shouldUseDarkColors: false },
    Notification: class {
      static isSupported() {
        return false;
      }
      show() {}
    },
    dialog: {
      showErrorBox: (title: string, body: string) => void state.startupErrors.push(`${title}: ${body}`),
    },
    clipboard: { writeText: () => undefined },
    shell: { openExternal: async () => undefined },
    session: { defaultSession: session, fromPartition: () => session },
    net: { fetch: async () => new Response(null, { status: 200 }) },
  };
});

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

beforeEach(() => {
  vi.resetModules();
  // Injected by electron-vite's define at build time.
  vi.stubGlobal('__APP_VERSION__', '0.1.0-test');
  state.gotLock = true;
  state.quit = 0;
  state.appListeners.clear();
  state.windows.length = 0;
  state.handlers.clear();
  state.permissionRequest = null;
  state.menuSet = 0;
  state.startupErrors.length = 0;
  state.order.length = 0;
  state.schemes.length = 0;
  state.protocolHandlers.clear();
});

describe('main process wiring', () => {
  it('opens one window with the secure preferences and loads the built page', async () => {
    await import('../../../electron/main/index');
    await flush();
    expect(state.sandboxEnabled).toBeGreaterThan(0);
    expect(state.windows).toHaveLength(1);
    const options = state.windows[0]?.options as { webPreferences: { preload: string } };
    expect(options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(options.webPreferences).toEqual(secureWebPreferences(options.webPreferences.preload, false));
    expect(state.windows[0]?.loaded).toEqual(['app://gateway-doctor/index.html']);
    expect(state.menuSet).toBe(1);
    expect(state.startupErrors).toEqual([]);
  });

  it('registers one handler per channel that refuses strangers and serves the window', async () => {
    await import('../../../electron/main/index');
    await flush();
    expect([...state.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const page = state.windows[0]?.loaded[0] ?? '';
    expect(page).toBe('app://gateway-doctor/index.html');
    const id = state.windows[0]?.webContents.id;
    const appInfo = state.handlers.get('app:info');
    const stranger = { sender: { id: 999 }, senderFrame: { url: page, parent: null } };
    await expect(appInfo?.(stranger, undefined)).rejects.toThrow(/not the Gateway Doctor window/);
    const wrongOrigin = { sender: { id }, senderFrame: { url: 'https://evil.example.test/', parent: null } };
    await expect(appInfo?.(wrongOrigin, undefined)).rejects.toThrow(/not the Gateway Doctor window/);
    const oldFilePage = {
      sender: { id },
      senderFrame: { url: 'file:///opt/gd/out/renderer/index.html', parent: null },
    };
    await expect(appInfo?.(oldFilePage, undefined)).rejects.toThrow(/not the Gateway Doctor window/);
    const own = { sender: { id }, senderFrame: { url: page, parent: null } };
    await expect(appInfo?.(own, undefined)).resolves.toMatchObject({
      name: 'Gateway Doctor',
      locale: 'en-US',
    });
    await expect(state.handlers.get('diagnosis:cancel')?.(own, { runId: '../../etc' })).rejects.toThrow(
      /invalid request/,
    );
  });

  it('denies permission requests and hardens every webContents', async () => {
    await import('../../../electron/main/index');
    await flush();
    const answers: boolean[] = [];
    state.permissionRequest?.(null, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    const hardened: string[] = [];
    const contents = {
      setWindowOpenHandler: () => void hardened.push('window-open'),
      on: (event: string) => void hardened.push(event),
    };
    state.appListeners.get('web-contents-created')?.({}, contents);
    expect(hardened).toEqual(
      expect.arrayContaining(['window-open', 'will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('keeps page requests local but lets main reach the network', async () => {
    await import('../../../electron/main/index');
    await flush();
    const decide = (details: { url: string; webContentsId?: number }): boolean => {
      let cancelled: boolean | undefined;
      state.requestFilter?.(details, (r: { cancel: boolean }) => void (cancelled = r.cancel));
      return cancelled ?? false;
    };
    expect(decide({ url: 'https://tracker.example.test/', webContentsId: 40 })).toBe(true);
    // the page and its files come from app://; no file: URL loads, not even the renderer's own
    expect(decide({ url: 'app://gateway-doctor/assets/index.js', webContentsId: 40 })).toBe(false);
    const rendererAsset = pathToFileURL(join(mainDir, '../renderer/assets/index.js')).href;
    expect(decide({ url: rendererAsset, webContentsId: 40 })).toBe(true);
    expect(decide({ url: 'file:///etc/passwd', webContentsId: 40 })).toBe(true);
    expect(decide({ url: 'https://shop.example.test/' })).toBe(false);
  });

  it('registers app:// as a privileged scheme before ready and serves it from the renderer folder', async () => {
    await import('../../../electron/main/index');
    await flush();
    expect(state.schemes).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
    expect(state.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(state.order.indexOf('whenReady'));
    expect(state.order).toContain('handle:app');
    const handler = state.protocolHandlers.get('app');
    const outside = (await handler?.({
      url: 'app://gateway-doctor/..%2f..%2fpackage.json',
      method: 'GET',
    })) as Response;
    expect(outside.status).toBe(404);
    const post = (await handler?.({ url: 'app://gateway-doctor/index.html', method: 'POST' })) as Response;
    expect(post.status).toBe(405);
  });

  it('quits without a window when another instance holds the lock', async () => {
    state.gotLock = false;
    await import('../../../electron/main/index');
    await flush();
    expect(state.quit).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(state.handlers.size).toBe(0);
  });
});
