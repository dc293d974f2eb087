import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../../../electron/contract';
import { registerInvokeHandlers, senderInfo } from '../../../electron/main/ipc-register';

function event(o: { id: number; url: string | null; top: boolean }): IpcMainInvokeEvent {
  const frame = o.url === null ? null : { url: o.url, parent: o.top ? null : {} };
  return { sender: { id: o.id }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel, all through the dispatcher', async () => {
    const registered = new Map<string, (e: IpcMainInvokeEvent, payload: unknown) => unknown>();
    const calls: unknown[][] = [];
    registerInvokeHandlers(
      {
        handle: (channel: string, fn: (e: IpcMainInvokeEvent, payload: unknown) => unknown) =>
          void registered.set(channel, fn),
      },
      { dispatch: async (...args: unknown[]) => void calls.push(args) },
    );
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    await registered.get('app:info')?.(event({ id: 3, url: 'file:///a/index.html', top: true }), undefined);
    expect(calls).toEqual([
      ['app:info', { webContentsId: 3, frameUrl: 'file:///a/index.html', isMainFrame: true }, undefined],
    ]);
  });

  it('reads the sender from the event: id, frame URL, top frame or not', () => {
    expect(senderInfo(event({ id: 1, url: 'file:///x', top: false }))).toEqual({
      webContentsId: 1,
      frameUrl: 'file:///x',
      isMainFrame: false,
    });
    expect(senderInfo(event({ id: 2, url: null, top: true }))).toEqual({
      webContentsId: 2,
      frameUrl: null,
      isMainFrame: false,
    });
  });
});
