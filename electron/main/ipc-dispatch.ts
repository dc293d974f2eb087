import { invokeChannels } from '../contract';
import type { ChannelHandlers, InvokeChannel } from '../contract';

/** What main knows about who sent an IPC message (extracted from the Electron event). */
export interface SenderInfo {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.senderFrame.url`; null when the frame is gone. */
  frameUrl: string | null;
  /** False for iframes: only the app's top frame may call main. */
  isMainFrame: boolean;
}

export type IpcRejectionCode =
  'unknown-channel' | 'untrusted-sender' | 'invalid-request' | 'invalid-response';

/** Thrown (and so returned to the renderer as a rejected promise) when a call is refused. */
export class IpcRejection extends Error {
  readonly code: IpcRejectionCode;
  constructor(code: IpcRejectionCode, message: string) {
    super(message);
    this.name = 'IpcRejection';
    this.code = code;
  }
}

export interface DispatcherOptions {
  handlers: ChannelHandlers;
  /** The webContents ids of the app's own windows (read on every call: windows come and go). */
  isKnownWebContents: (id: number) => boolean;
  /** True when the URL is the app's own page (see url-policy `isAppUrl`). */
  isAppUrl: (url: string) => boolean;
  /** Diagnostics for refused calls; never shown to the renderer in full. */
  log?: (message: string) => void;
}

export interface Dispatcher {
  /**
   * Checks the sender, validates the payload with the contract's schema, calls the
   * handler, validates its answer. The handler never runs for a refused call.
   */
  dispatch(channel: string, sender: SenderInfo, payload: unknown): Promise<unknown>;
}

/** True when `channel` is one of the contract's invoke channels. */
function isInvokeChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(invokeChannels, channel);
}

/** Builds the dispatcher that every `ipcMain.handle` registration goes through. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const log = options.log ?? (() => undefined);

  function checkSender(channel: string, sender: SenderInfo): void {
    const reasons: string[] = [];
    if (!options.isKnownWebContents(sender.webContentsId))
      reasons.push(`unknown webContents ${sender.webContentsId}`);
    if (!sender.isMainFrame) reasons.push('not the top frame');
    if (sender.frameUrl === null || !options.isAppUrl(sender.frameUrl)) {
      reasons.push(`origin not the app's own (${sender.frameUrl ?? 'no frame'})`);
    }
    if (reasons.length > 0) {
      log(`IPC ${channel} refused: ${reasons.join('; ')}`);
      throw new IpcRejection(
        'untrusted-sender',
        `IPC ${channel}: the sender is not the Gateway Doctor window.`,
      );
    }
  }

  async function dispatch(channel: string, sender: SenderInfo, payload: unknown): Promise<unknown> {
    if (!isInvokeChannel(channel)) {
      log(`IPC refused: unknown channel ${channel}`);
      throw new IpcRejection('unknown-channel', `IPC: unknown channel "${channel}".`);
    }
    checkSender(channel, sender);
    const spec = invokeChannels[channel];
    const request = spec.request.safeParse(payload);
    if (!request.success) {
      const detail = request.error.issues
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      log(`IPC ${channel} refused: invalid request: ${detail}`);
      throw new IpcRejection('invalid-request', `IPC ${channel}: invalid request (${detail}).`);
    }
    // The map is indexed by the same key on both sides; TypeScript cannot correlate the
    // union of handler signatures with the union of parsed requests, hence the widening.
    const handler = options.handlers[channel] as (req: unknown, ctx: { senderId: number }) => unknown;
    const raw = await handler(request.data, { senderId: sender.webContentsId });
    const response = spec.response.safeParse(raw);
    if (!response.success) {
      log(`IPC ${channel}: handler answered an invalid response: ${response.error.message}`);
      throw new IpcRejection('invalid-response', `IPC ${channel}: internal error (invalid response).`);
    }
    return response.data;
  }

  return { dispatch };
}
