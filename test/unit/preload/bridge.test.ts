import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, eventChannels, invokeChannels } from '../../../electron/contract';
import { buildBridge, remoteErrorMessage } from '../../../electron/preload/bridge';
import type { IpcLike } from '../../../electron/preload/bridge';

type Listener = (event: unknown, payload: unknown) => void;

/** A fake ipcRenderer that records calls and can emit events with a "raw" event object. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const invoked: [string, unknown][] = [];
  const ipc: IpcLike = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return { echoed: channel };
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const rawEvent = { sender: { send: () => undefined, invoke: () => undefined }, senderId: 0, ports: [] };
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l(rawEvent, payload));
  return { ipc, invoked, emit, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly the contract channels: invoke.<channel> and on.<event>, nothing else', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(bridge.invoke).sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(Object.keys(bridge.on).sort()).toEqual(Object.keys(eventChannels).sort());
    expect(Object.keys(bridge.invoke)).toHaveLength(INVOKE_CHANNELS.length);
    expect(Object.keys(bridge.on)).toHaveLength(EVENT_CHANNELS.length);
    for (const fn of [...Object.values(bridge.invoke), ...Object.values(bridge.on)])
      expect(typeof fn).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', () => {
    const { ipc } = fakeIpc();
    const bridge = buildBridge(ipc);
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value))
        return;
      seen.add(value);
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key]);
    };
    walk(bridge);
    expect(seen.has(ipc)).toBe(false);
    expect(seen.has(ipc.invoke)).toBe(false);
    expect(seen.has(ipc.on)).toBe(false);
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|send|sendSync/i);
  });

  it('is frozen: the page cannot swap a channel function', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.invoke)).toBe(true);
    expect(Object.isFrozen(bridge.on)).toBe(true);
  });

  it('invoke.<channel> sends on that channel with the request as is', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = buildBridge(ipc);
    await expect(bridge.invoke['diagnosis:cancel']({ runId: 'r1' })).resolves.toEqual({
      echoed: 'diagnosis:cancel',
    });
    await bridge.invoke['app:info'](undefined);
    expect(invoked).toEqual([
      ['diagnosis:cancel', { runId: 'r1' }],
      ['app:info', undefined],
    ]);
  });

  it('listeners get only the payload, never the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = buildBridge(ipc);
    const listener = vi.fn();
    bridge.on['diagnosis:event'](listener);
    emit('diagnosis:event', { type: 'cancelled', runId: 'r1' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ type: 'cancelled', runId: 'r1' }]);
  });

  it('on.<event> returns an unsubscribe function that removes only that listener (idempotent)', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = buildBridge(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.on['watch:event'](a);
    bridge.on['watch:event'](b);
    offA();
    offA();
    emit('watch:event', { n: 1 });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith({ n: 1 });
    expect(listeners.get('watch:event')?.size).toBe(1);
  });

  it('refuses a listener that is not a function', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(() => bridge.on['fix:event']('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});

describe('errors from main', () => {
  it("reach the page as plain messages, without Electron's wrapper", async () => {
    const { ipc } = fakeIpc();
    ipc.invoke = async () => {
      throw new Error(
        "Error invoking remote method 'diagnosis:start': InputError: Only web addresses (http or https) can be checked.",
      );
    };
    const bridge = buildBridge(ipc);
    await expect(bridge.invoke['diagnosis:start']({ url: 'mailto:x', options: {} })).rejects.toThrow(
      /^Only web addresses \(http or https\) can be checked\.$/,
    );
  });

  it("also unwraps the dispatcher's refusals", () => {
    expect(
      remoteErrorMessage(
        new Error(
          "Error invoking remote method 'fix:run': IpcRejection: IPC fix:run: invalid request (fixId: bad).",
        ),
      ),
    ).toBe('IPC fix:run: invalid request (fixId: bad).');
  });

  it('keeps other messages as they are', () => {
    expect(remoteErrorMessage(new Error('plain'))).toBe('plain');
    expect(
      remoteErrorMessage(
        "Error invoking remote method 'app:info': Error: IPC app:info: the sender is not the Gateway Doctor window.",
      ),
    ).toBe('IPC app:info: the sender is not the Gateway Doctor window.');
  });
});
