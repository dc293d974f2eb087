// The page side of the loopback test bridge. Serialised with Function#toString and served as
// /__gd/bridge.js, so it must be self-contained: no imports, no outside references.
// It defines window.gatewayDoctor with the contract's shape over fetch + Server-Sent Events,
// unless the Electron preload already did (the real bridge always wins).

interface ClientConfig {
  token: string;
  invoke: readonly string[];
  events: readonly string[];
}

/** Installs the bridge in the page. */
export function bridgeClient(config: ClientConfig): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.gatewayDoctor) return;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const source = new EventSource(`./__gd/events?token=${encodeURIComponent(config.token)}`);
  // Calls wait for the event stream, so no progress event of a run they start can be missed.
  const ready = new Promise<void>((resolve) => {
    source.addEventListener('open', () => resolve(), { once: true });
    setTimeout(resolve, 3000);
  });
  for (const name of config.events) {
    listeners.set(name, new Set());
    source.addEventListener(name, (message) => {
      const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  }
  const invoke: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const channel of config.invoke) {
    invoke[channel] = async (request?: unknown) => {
      await ready;
      const response = await fetch(`./__gd/invoke/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}` },
        body: JSON.stringify(request === undefined ? {} : { request }),
      });
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: string };
      if (!body.ok) throw new Error(body.error ?? `${channel} failed`);
      return body.value;
    };
  }
  const on: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
  for (const name of config.events) {
    on[name] = (listener) => {
      listeners.get(name)?.add(listener);
      return () => {
        listeners.get(name)?.delete(listener);
      };
    };
  }
  w.gatewayDoctor = Object.freeze({ invoke: Object.freeze(invoke), on: Object.freeze(on) });
}
