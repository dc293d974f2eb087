import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../contract/channels';
import type { Bridge } from '../contract';

/** The slice of ipcRenderer the bridge uses (structural: tests pass a fake). */
export interface IpcLike {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const REMOTE_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]+: )?/;

/**
 * The message main threw, without Electron's "Error invoking remote method 'x': Error: "
 * wrapper, so the UI can show main's plain sentence (e.g. why an address was refused).
 */
export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(REMOTE_PREFIX, '');
}

/**
 * Builds the object the preload exposes as `window.gatewayDoctor`: one `invoke.<channel>`
 * per contract invoke channel and one `on.<event>` per event, nothing else. Listeners get
 * only the payload — never the IPC event, whose `sender` would hand the page ipcRenderer.
 * Main validates every request and every event, so the bridge does not re-validate.
 */
export function buildBridge(ipc: IpcLike): Bridge {
  const invoke: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of INVOKE_CHANNELS) {
    invoke[channel] = (request: unknown) =>
      ipc.invoke(channel, request).catch((error: unknown) => {
        throw new Error(remoteErrorMessage(error));
      });
  }
  const on: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
  for (const channel of EVENT_CHANNELS) {
    on[channel] = (listener) => {
      if (typeof listener !== 'function')
        throw new TypeError(`on.${channel}: the listener must be a function`);
      const wrapped = (_event: unknown, payload: unknown): void => listener(payload);
      ipc.on(channel, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(channel, wrapped);
      };
    };
  }
  // The records are filled from the contract's own channel lists, so they have exactly
  // the Bridge's keys; TypeScript cannot follow a loop over a key list, hence the cast.
  return Object.freeze({
    invoke: Object.freeze(invoke) as Bridge['invoke'],
    on: Object.freeze(on) as Bridge['on'],
  });
}
