import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../electron/contract';
import { createEventSink } from '../../../electron/main/event-sink';

function target(destroyed = false) {
  const sent: { channel: string; payload: unknown }[] = [];
  return {
    sent,
    isDestroyed: () => destroyed,
    send: (channel: string, payload: unknown) => void sent.push({ channel, payload }),
  };
}

describe('event sink', () => {
  it('sends a valid event to live windows only', () => {
    const live = target();
    const gone = target(true);
    const sink = createEventSink(() => [live, gone]);
    sink('diagnosis:event', { type: 'cancelled', runId: 'r1' });
    expect(live.sent).toEqual([{ channel: 'diagnosis:event', payload: { type: 'cancelled', runId: 'r1' } }]);
    expect(gone.sent).toEqual([]);
  });

  it('drops and logs an event that breaks the contract, without throwing into the caller', () => {
    const live = target();
    const logs: string[] = [];
    const sink = createEventSink(
      () => [live],
      (m) => void logs.push(m),
    );
    const bad = {
      type: 'check-started',
      runId: 'r1',
      checkId: 'not-a-check',
      at: 'now',
    } as unknown as EventPayload<'diagnosis:event'>;
    expect(() => sink('diagnosis:event', bad)).not.toThrow();
    expect(live.sent).toEqual([]);
    expect(logs[0]).toContain('diagnosis:event dropped');
  });

  it('sends only the fields the contract knows', () => {
    const live = target();
    const sink = createEventSink(() => [live]);
    const event = {
      watchId: 'w1',
      url: 'https://a.test/',
      kind: 'site',
      state: 'waiting',
      attempts: 1,
      lastStatus: 502,
      nextCheckInSec: 15,
      extra: 'x',
    };
    sink('watch:event', event as EventPayload<'watch:event'>);
    expect(live.sent[0]?.payload).not.toHaveProperty('extra');
  });
});
