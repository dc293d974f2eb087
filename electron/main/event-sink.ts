import { eventChannels } from '../contract';
import type { EventChannel, EventPayload, EventSink } from '../contract';

/** The part of a webContents the sink needs (structural, so tests need no Electron). */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * Builds the sink main code uses to push events to the renderer: every payload is
 * validated against the contract first; an invalid one is logged and dropped (never
 * thrown back into the engine, which would abort a diagnosis over a UI detail).
 */
export function createEventSink(
  targets: () => Iterable<EventTarget>,
  log: (message: string) => void = () => undefined,
): EventSink {
  return <E extends EventChannel>(channel: E, payload: EventPayload<E>): void => {
    const parsed = eventChannels[channel].safeParse(payload);
    if (!parsed.success) {
      log(`event ${channel} dropped: invalid payload: ${parsed.error.message}`);
      return;
    }
    for (const target of targets()) {
      if (!target.isDestroyed()) target.send(channel, parsed.data);
    }
  };
}
