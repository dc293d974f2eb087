// Electron main process: window, security, IPC registration. Thin glue: the diagnosis
// itself is the plain-Node engine; every handler lives in ./handlers and is unit-tested.
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  session,
  shell,
} from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { currentOs, parseTarget } from '../engine';
import { redactUrlForLog } from '../engine/fixes';
import { createEventSink } from './event-sink';
import { APP_SCHEME, appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import {
  electronConfirmSystemChange,
  electronFetchJson,
  electronHtmlToPdf,
  electronResolveProxy,
  electronSiteProbe,
} from './adapters';
import { createAppEngine } from './engine-binding';
import type { MainContext, MainLogger } from './handlers/context';
import { composeHandlers } from './handlers';
import type { HistoryStore } from './history-store';
import { createHistoryStore, createMemoryBacking } from './history-store';
import { createDispatcher } from './ipc-dispatch';
import { registerInvokeHandlers } from './ipc-register';
import { setupLogging } from './logger';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions, hardenWebContents, isRendererRequestAllowed } from './security';
import { isAppUrl, parseExternalUrl, resolveAppEntry } from './url-policy';
import { mainWindowOptions } from './window-options';
import iconPath from '../../assets/icons/512x512.png?asset';

const here = import.meta.dirname;
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_INDEX = join(here, '../renderer/index.html');
const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL']);

// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();
// app:// must be known as a standard, secure scheme before 'ready' (see app-protocol.ts).
protocol.registerSchemesAsPrivileged(appSchemePrivileges());

if (!app.requestSingleInstanceLock()) {
  // Another Gateway Doctor is running: it gets focused (second-instance) and we leave.
  app.quit();
} else {
  start();
}

function start(): void {
  const log = setupLogging(isDev);
  const entry = resolveAppEntry({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    rendererIndexPath: RENDERER_INDEX,
  });
  let mainWindow: BrowserWindow | null = null;

  const openExternal = async (url: string): Promise<boolean> => {
    const safe = parseExternalUrl(url);
    if (!safe) return false;
    try {
      await shell.openExternal(safe);
      return true;
    } catch (error) {
      log.warn('openExternal failed', error);
      return false;
    }
  };

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      entry,
      openExternal: (url) => void openExternal(url),
      log: (message) => log.warn(message),
    });
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (currentOs() !== 'darwin') app.quit();
  });

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(
      mainWindowOptions({
        preloadPath: PRELOAD,
        iconPath,
        darkBackground: nativeTheme.shouldUseDarkColors,
        allowDevTools: !app.isPackaged,
      }),
    );
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    void win.loadURL(entry.url).catch((error: unknown) => log.error('could not load the app page', error));
    return win;
  };

  void app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession, (message) => log.warn(message));
      // The built page and its files, from the renderer folder only (dev loads the dev server).
      if (entry.kind === 'app') {
        protocol.handle(
          APP_SCHEME,
          createAppProtocolHandler({ root: entry.root, log: (message) => log.warn(message) }),
        );
      }
      // Requests from pages (not main's own net.fetch, which has no webContents) stay local.
      session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
        const fromPage = details.webContentsId !== undefined;
        const cancel = fromPage && !isRendererRequestAllowed(details.url, entry);
        if (cancel) log.warn(`blocked a request from the page: ${redactUrlForLog(details.url)}`);
        callback({ cancel });
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({ isMac: currentOs() === 'darwin', isDev, appName: app.name }),
        ),
      );

      const sink = createEventSink(
        () => (mainWindow && !mainWindow.isDestroyed() ? [mainWindow.webContents] : []),
        (message) => log.warn(message),
      );
      const ctx: MainContext = {
        sink,
        log,
        history: openHistory(log),
        appVersion: __APP_VERSION__,
        openExternal,
        notify(title, body) {
          if (Notification.isSupported()) new Notification({ title, body, icon: iconPath }).show();
        },
        async chooseSavePath({ defaultName, filters }) {
          const options = { defaultPath: join(app.getPath('documents'), defaultName), filters };
          const result = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        copyText: (text) => clipboard.writeText(text),
        htmlToPdf: electronHtmlToPdf,
        confirmSystemChange: electronConfirmSystemChange(() => mainWindow),
      };
      const { handlers, dispose } = composeHandlers({
        ctx,
        packaged: app.isPackaged,
        facts: {
          name: app.getName(),
          version: __APP_VERSION__,
          platform: process.platform,
          arch: process.arch,
          electron: process.versions.electron ?? null,
          locale: () => app.getLocale(),
        },
        engine: createAppEngine({ resolveProxy: electronResolveProxy, fetchJson: electronFetchJson }),
        watch: {
          probe: electronSiteProbe,
          normaliseUrl: (url) => parseTarget(url).url,
          newId: () => randomUUID(),
        },
      });
      registerInvokeHandlers(
        ipcMain,
        createDispatcher({
          handlers,
          isKnownWebContents: (id) =>
            mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents.id === id,
          isAppUrl: (url) => isAppUrl(url, entry),
          log: (message) => log.warn(message),
        }),
      );
      app.on('before-quit', dispose);

      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
      log.info(`Gateway Doctor ${__APP_VERSION__} started (${entry.kind})`);
    })
    .catch((error: unknown) => {
      log.error('start-up failed', error);
      dialog.showErrorBox(
        'Gateway Doctor could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
    });
}

function openHistory(log: MainLogger): HistoryStore {
  try {
    // electron-store keeps history.json in the user-data folder; clearInvalidConfig makes a
    // damaged file start empty instead of crashing the app.
    return createHistoryStore(
      new Store<Record<string, unknown>>({ name: 'history', clearInvalidConfig: true }),
    );
  } catch (error) {
    log.error('history store unavailable, keeping history in memory', error);
    return createHistoryStore(createMemoryBacking());
  }
}
