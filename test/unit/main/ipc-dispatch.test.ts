import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../electron/contract';
import type { ChannelHandlers } from '../../../electron/contract';
import { createDispatcher, IpcRejection } from '../../../electron/main/ipc-dispatch';
import type { SenderInfo } from '../../../electron/main/ipc-dispatch';
import { isAppUrl, resolveAppEntry } from '../../../electron/main/url-policy';

const APP_ID = 7;
const entry = resolveAppEntry({
  isPackaged: true,
  devServerUrl: undefined,
  rendererIndexPath: '/opt/gd/out/renderer/index.html',
});
const appSender: SenderInfo = { webContentsId: APP_ID, frameUrl: entry.url, isMainFrame: true };

/** Handlers that are all spies; 'diagnosis:start' stands in for the engine. */
function spyHandlers() {
  const startDiagnosis = vi.fn(() => ({ runId: 'run-1' }));
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((c) => [
      c,
      vi.fn(() => {
        throw new Error(`unexpected ${c}`);
      }),
    ]),
  ) as unknown as ChannelHandlers;
  handlers['diagnosis:start'] = startDiagnosis;
  return { handlers, startDiagnosis };
}

function setup() {
  const { handlers, startDiagnosis } = spyHandlers();
  const logs: string[] = [];
  const dispatcher = createDispatcher({
    handlers,
    isKnownWebContents: (id) => id === APP_ID,
    isAppUrl: (url) => isAppUrl(url, entry),
    log: (m) => void logs.push(m),
  });
  return { dispatcher, startDiagnosis, logs, handlers };
}

const validStart = { url: 'https://shop.example.test', options: {} };

describe('IPC dispatcher', () => {
  it('passes a valid call from the app window to the handler, with the parsed request', async () => {
    const { dispatcher, startDiagnosis } = setup();
    await expect(dispatcher.dispatch('diagnosis:start', appSender, validStart)).resolves.toEqual({
      runId: 'run-1',
    });
    expect(startDiagnosis).toHaveBeenCalledTimes(1);
    expect(startDiagnosis).toHaveBeenCalledWith(validStart, { senderId: APP_ID });
  });

  it('rejects an unknown webContents and does not call the handler', async () => {
    const { dispatcher, startDiagnosis, logs } = setup();
    const stranger = { ...appSender, webContentsId: 99 };
    await expect(dispatcher.dispatch('diagnosis:start', stranger, validStart)).rejects.toMatchObject({
      name: 'IpcRejection',
      code: 'untrusted-sender',
    });
    expect(startDiagnosis).not.toHaveBeenCalled();
    expect(logs.join('\n')).toContain('unknown webContents 99');
  });

  it.each([
    ['a web page', 'https://evil.example.test/'],
    ['another local file', 'file:///home/user/Downloads/index.html'],
    ['the old file:// page', 'file:///opt/gd/out/renderer/index.html'],
    ['another app:// file', 'app://gateway-doctor/assets/evil.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['an app:// URL with credentials', 'app://x:y@gateway-doctor/index.html'],
    ['a data URL', 'data:text/html,<script></script>'],
    ['about:blank', 'about:blank'],
  ])('rejects the known window when it shows %s, and does not call the handler', async (_label, frameUrl) => {
    const { dispatcher, startDiagnosis } = setup();
    await expect(
      dispatcher.dispatch('diagnosis:start', { ...appSender, frameUrl }, validStart),
    ).rejects.toMatchObject({
      code: 'untrusted-sender',
    });
    expect(startDiagnosis).not.toHaveBeenCalled();
  });

  it('rejects a sender whose frame is gone, or an iframe', async () => {
    const { dispatcher, startDiagnosis } = setup();
    await expect(
      dispatcher.dispatch('diagnosis:start', { ...appSender, frameUrl: null }, validStart),
    ).rejects.toBeInstanceOf(IpcRejection);
    await expect(
      dispatcher.dispatch('diagnosis:start', { ...appSender, isMainFrame: false }, validStart),
    ).rejects.toBeInstanceOf(IpcRejection);
    expect(startDiagnosis).not.toHaveBeenCalled();
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'https://shop.example.test'],
    ['a missing url', { options: {} }],
    ['an empty url', { url: '', options: {} }],
    ['a resolver that is not an IP', { url: 'x.test', options: { resolvers: ['$(rm -rf /)'] } }],
    ['a repeat out of range', { url: 'x.test', options: { repeat: 10_000 } }],
  ])('rejects %s and does not call the handler', async (_label, payload) => {
    const { dispatcher, startDiagnosis } = setup();
    const call = dispatcher.dispatch('diagnosis:start', appSender, payload);
    await expect(call).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(call).rejects.toThrow(/diagnosis:start: invalid request/);
    expect(startDiagnosis).not.toHaveBeenCalled();
  });

  it('rejects an unknown channel', async () => {
    const { dispatcher } = setup();
    await expect(dispatcher.dispatch('__proto__', appSender, {})).rejects.toMatchObject({
      code: 'unknown-channel',
    });
    await expect(dispatcher.dispatch('fs:read', appSender, {})).rejects.toMatchObject({
      code: 'unknown-channel',
    });
  });

  it('checks the sender before the payload (a stranger learns nothing about the schema)', async () => {
    const { dispatcher } = setup();
    await expect(
      dispatcher.dispatch('diagnosis:start', { ...appSender, webContentsId: 1 }, 'garbage'),
    ).rejects.toMatchObject({
      code: 'untrusted-sender',
    });
  });

  it('refuses a handler answer that breaks the contract, and strips unknown fields from a valid one', async () => {
    const { handlers, dispatcher } = setup();
    handlers['diagnosis:cancel'] = vi.fn(() => ({ cancelled: 'yes' }) as unknown as { cancelled: boolean });
    await expect(
      dispatcher.dispatch('diagnosis:cancel', appSender, { runId: 'run-1' }),
    ).rejects.toMatchObject({
      code: 'invalid-response',
    });
    handlers['diagnosis:cancel'] = vi.fn(
      () => ({ cancelled: true, secret: '/home/user' }) as { cancelled: boolean },
    );
    await expect(dispatcher.dispatch('diagnosis:cancel', appSender, { runId: 'run-1' })).resolves.toEqual({
      cancelled: true,
    });
  });

  it('passes a handler error through to the caller', async () => {
    const { handlers, dispatcher } = setup();
    handlers['history:get'] = vi.fn(() => {
      throw new Error('disk full');
    });
    await expect(dispatcher.dispatch('history:get', appSender, { runId: 'r' })).rejects.toThrow('disk full');
  });

  it('accepts the dev server origin in dev', async () => {
    const { handlers, startDiagnosis } = spyHandlers();
    const dev = resolveAppEntry({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173/',
      rendererIndexPath: '/x',
    });
    const dispatcher = createDispatcher({
      handlers,
      isKnownWebContents: () => true,
      isAppUrl: (u) => isAppUrl(u, dev),
    });
    await dispatcher.dispatch(
      'diagnosis:start',
      { ...appSender, frameUrl: 'http://localhost:5173/' },
      validStart,
    );
    expect(startDiagnosis).toHaveBeenCalledTimes(1);
  });
});
