import type { EventSink } from '../../contract';
import type { HistoryStore } from '../history-store';
import type { SystemChangeQuestion } from './fix-confirm';

/** Logging facade (electron-log in the app, a spy in tests). */
export interface MainLogger {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/**
 * What every per-domain handler factory receives. Only plain, injectable adapters: a
 * handler file can be unit-tested with fakes, without Electron. Add fields (never
 * rename) when a domain needs another adapter; index.ts builds the real ones.
 */
export interface MainContext {
  /** Pushes a validated event to the app window. */
  sink: EventSink;
  log: MainLogger;
  /** Finished diagnoses (persisted with electron-store in the app). */
  history: HistoryStore;
  appVersion: string;
  /** Opens an http(s) URL in the user's browser; false when refused or failed. */
  openExternal(url: string): Promise<boolean>;
  /** Shows a desktop notification (no-op where unsupported). */
  notify(title: string, body: string): void;
  /** Asks where to save a file; null when the user cancelled. */
  chooseSavePath(o: {
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** Writes plain text to the clipboard. */
  copyText(text: string): void;
  /** Renders HTML to a PDF with Chromium (Electron printToPDF), offline. */
  htmlToPdf(html: string): Promise<Uint8Array>;
  /**
   * Asks the person in a native dialog of main (not the page) to confirm a change to this
   * computer; true only for the confirm button. Rejects when no dialog could be shown.
   */
  confirmSystemChange(q: SystemChangeQuestion): Promise<boolean>;
}
