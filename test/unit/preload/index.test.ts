import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, INVOKE_CHANNELS } from '../../../electron/contract';

const exposed = vi.hoisted(() => [] as [string, unknown][]);
const ipcRenderer = vi.hoisted(() => ({
  invoke: async () => undefined,
  on: () => undefined,
  removeListener: () => undefined,
  send: () => undefined,
  sendSync: () => undefined,
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.push([key, api]) },
  ipcRenderer,
}));

describe('preload entry', () => {
  it('exposes one global, the bridge, and not ipcRenderer', async () => {
    await import('../../../electron/preload/index');
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0] ?? [];
    expect(key).toBe(BRIDGE_GLOBAL);
    expect(api).not.toBe(ipcRenderer);
    const bridge = api as { invoke: Record<string, unknown>; on: Record<string, unknown> };
    expect(Object.keys(bridge.invoke).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.values(bridge.invoke)).not.toContain(ipcRenderer.invoke);
  });
});
