import { BrowserWindow, dialog, net, session } from 'electron';
import type { MessageBoxOptions } from 'electron';
import type { JsonFetcher } from '../engine';
import type { SystemChangeQuestion } from './handlers/fix-confirm';
import type { SiteProbe } from './handlers/watch';

const PROBE_TIMEOUT_MS = 15_000;

/** One GET through the app's session (so the user's proxy settings apply); the body is not read. */
export const electronSiteProbe: SiteProbe = async (url, signal) => {
  const response = await net.fetch(url, {
    method: 'GET',
    redirect: 'manual',
    signal: AbortSignal.any([signal, AbortSignal.timeout(PROBE_TIMEOUT_MS)]),
  });
  await response.body?.cancel();
  return { status: response.status };
};

/** JSON GET for the opt-in external vantage check (only used when the user asked for it). */
export const electronFetchJson: JsonFetcher = async (url, o) => {
  const signals = [AbortSignal.timeout(o.timeoutMs), ...(o.signal ? [o.signal] : [])];
  const response = await net.fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.any(signals),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as unknown;
};

/** The proxy Chromium would use for a URL, as a PAC answer ("DIRECT", "PROXY host:port; DIRECT"). */
export function electronResolveProxy(url: string): Promise<string> {
  return session.defaultSession.resolveProxy(url);
}

/**
 * Renders report HTML to PDF in a hidden, sandboxed window with JavaScript off and its own
 * in-memory session that refuses every request but the data: URL itself (a report must not
 * fetch anything).
 */
export async function electronHtmlToPdf(html: string): Promise<Uint8Array> {
  const ses = session.fromPartition('gd-pdf', { cache: false });
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith('data:') }),
  );
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      session: ses,
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    win.destroy();
  }
}

/**
 * The native "change this computer?" dialog, modal to the app window when there is one.
 * "Cancel" is the default and the Escape answer; only the confirm button says yes.
 */
export function electronConfirmSystemChange(
  window: () => BrowserWindow | null,
): (q: SystemChangeQuestion) => Promise<boolean> {
  return async (q) => {
    const options: MessageBoxOptions = {
      type: 'question',
      title: 'Gateway Doctor',
      message: q.question,
      detail: q.detail,
      buttons: [q.confirmLabel, 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const win = window();
    const answer =
      win && !win.isDestroyed()
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options);
    return answer.response === 0;
  };
}
