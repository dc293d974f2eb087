import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../contract';
import type { Dispatcher, SenderInfo } from './ipc-dispatch';

/** Who sent an invoke, as the dispatcher checks it. */
export function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/** Registers one `ipcMain.handle` per contract channel, all going through the dispatcher. */
export function registerInvokeHandlers(ipcMain: Pick<IpcMain, 'handle'>, dispatcher: Dispatcher): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatcher.dispatch(channel, senderInfo(event), payload),
    );
  }
}
