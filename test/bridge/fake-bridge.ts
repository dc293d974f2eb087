// A typed fake of the contract's Bridge for component tests: every invoke is a replaceable
// handler, every call is recorded, and events are pushed by the test with `emit`.
import type {
  Bridge,
  ChannelRequest,
  ChannelResponse,
  EventChannel,
  EventPayload,
  InvokeChannel,
} from '../../electron/contract';
import { SAMPLE_FIXES, SAMPLE_HISTORY, SAMPLE_REPORT, sampleResult, samplePreview } from './fixtures';

type Handler<C extends InvokeChannel> = (
  request: ChannelRequest<C>,
) => Promise<ChannelResponse<C>> | ChannelResponse<C>;
type Handlers = { [C in InvokeChannel]: Handler<C> };
type Listeners = { [E in EventChannel]: Set<(payload: EventPayload<E>) => void> };

export interface Call {
  channel: InvokeChannel;
  request: unknown;
}

/** Default answers: a working engine with nothing running. */
function defaults(): Handlers {
  return {
    'app:info': () => ({
      name: 'Gateway Doctor',
      version: '0.1.0',
      platform: 'linux',
      arch: 'x64',
      electron: null,
      locale: 'en',
    }),
    'diagnosis:start': () => ({ runId: 'run-1' }),
    'diagnosis:cancel': () => ({ cancelled: true }),
    'diagnosis:explain': () => ({
      status: 502,
      source: 'nginx',
      variant: 'nginx-bad-gateway',
      cdn: null,
      traceId: null,
      whoActs: 'site-owner',
      summary: 'nginx 502',
      meaning: null,
    }),
    'history:list': () => SAMPLE_HISTORY,
    'history:get': ({ runId }) =>
      runId === 'run-site-server-error' ? sampleResult('site-server-error') : null,
    'fix:list': () => SAMPLE_FIXES,
    'fix:preview': ({ fixId }) => samplePreview(fixId),
    'fix:run': () => ({ fixRunId: 'fix-1' }),
    'fix:confirm': () => ({ ok: true }),
    'fix:undo': () => ({ ok: true, message: 'undone' }),
    'report:preview': () => SAMPLE_REPORT,
    'report:save': () => ({ saved: true, format: 'html' }),
    'report:copy': () => ({ ok: true }),
    'report:email': () => ({ ok: true }),
    'shell:open-external': () => ({ ok: true }),
    'watch:start': () => ({ watchId: 'watch-1' }),
    'watch:stop': () => ({ stopped: true }),
  };
}

/** The fake. `bridge` is what the app gets; the rest is for the test. */
export class FakeBridge {
  readonly calls: Call[] = [];
  private readonly handlers: Handlers = defaults();
  private readonly listeners: Listeners = {
    'diagnosis:event': new Set(),
    'fix:event': new Set(),
    'watch:event': new Set(),
  };
  readonly bridge: Bridge;

  constructor() {
    const invoke = {} as Bridge['invoke'];
    for (const channel of Object.keys(this.handlers) as InvokeChannel[]) {
      (invoke as Record<InvokeChannel, (r: unknown) => Promise<unknown>>)[channel] = async (
        request: unknown,
      ) => {
        this.calls.push({ channel, request });
        return (this.handlers[channel] as (r: unknown) => unknown)(request);
      };
    }
    const on = {} as Bridge['on'];
    for (const channel of Object.keys(this.listeners) as EventChannel[]) {
      (on as Record<EventChannel, (l: (p: unknown) => void) => () => void>)[channel] = (listener) => {
        const set = this.listeners[channel] as Set<(p: unknown) => void>;
        set.add(listener);
        return () => set.delete(listener);
      };
    }
    this.bridge = { invoke, on };
  }

  /** Replaces one channel's handler. */
  handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): this {
    (this.handlers as Record<InvokeChannel, unknown>)[channel] = handler;
    return this;
  }

  /** Pushes an event to every subscriber. */
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    for (const l of this.listeners[channel]) (l as (p: EventPayload<E>) => void)(payload);
  }

  /** Number of live subscriptions on a channel (leak checks). */
  listenerCount(channel: EventChannel): number {
    return this.listeners[channel].size;
  }

  /** Requests sent on one channel. */
  requests<C extends InvokeChannel>(channel: C): ChannelRequest<C>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.request as ChannelRequest<C>);
  }
}
