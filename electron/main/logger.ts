import { ipcMain } from 'electron';
import log from 'electron-log/main';
import type { MainLogger } from './handlers/context';

/**
 * Sets up electron-log for the main process only: a rotating file in the OS log folder
 * (`~/.config/Gateway Doctor/logs/main.log` on Linux) and the console in dev. The
 * renderer does not get a logging IPC channel: it talks only through the typed bridge.
 */
export function setupLogging(isDev: boolean): MainLogger {
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 2 * 1024 * 1024;
  log.transports.console.level = isDev ? 'debug' : 'warn';
  log.errorHandler.startCatching({ showDialog: false });
  // electron-log listens for renderer log messages on import; nothing of ours sends them,
  // and main accepts IPC only through the validated dispatcher, so close that door.
  ipcMain.removeAllListeners('__ELECTRON_LOG__');
  ipcMain.removeHandler('__ELECTRON_LOG__');
  return {
    info: (...args) => log.info(...args),
    warn: (...args) => log.warn(...args),
    error: (...args) => log.error(...args),
  };
}
