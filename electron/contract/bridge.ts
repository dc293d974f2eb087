import type { z } from 'zod';
import type {
  invokeChannels,
  ChannelRequest,
  ChannelResponse,
  EventChannel,
  EventPayload,
  InvokeChannel,
} from './channels';

/** What the preload exposes as `window.gatewayDoctor`, derived from the contract. */
export interface Bridge {
  invoke: { [C in InvokeChannel]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>> };
  /** Subscribe to an event; returns the unsubscribe function. */
  on: { [E in EventChannel]: (listener: (payload: EventPayload<E>) => void) => () => void };
}

/** Name of the global the preload defines. */
export const BRIDGE_GLOBAL = 'gatewayDoctor';

/** A main-side handler for one channel: gets the validated request. */
export type ChannelHandler<C extends InvokeChannel> = (
  request: z.output<(typeof invokeChannels)[C]['request']>,
  context: { senderId: number },
) => Promise<ChannelResponse<C>> | ChannelResponse<C>;

/** The full set of main-side handlers; missing one does not compile. */
export type ChannelHandlers = { [C in InvokeChannel]: ChannelHandler<C> };

/** Sends an event to the renderer(s) that should get it. */
export type EventSink = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void;
