import { describe, expect, it } from 'vitest';
import { createHistoryStore, createMemoryBacking } from '../../../electron/main/history-store';
import { sampleResult } from './helpers';

describe('history store', () => {
  it('keeps results newest first, replaces a re-added run and caps the list', () => {
    const history = createHistoryStore(createMemoryBacking(), 3);
    for (const id of ['a', 'b', 'c', 'd']) history.add(sampleResult(id));
    history.add(sampleResult('c'));
    expect(history.list().map((e) => e.runId)).toEqual(['c', 'd', 'b']);
    expect(history.list()[0]).toEqual({
      runId: 'c',
      url: 'https://shop.example.test/',
      verdictId: 'site-server-error',
      finishedAt: '2026-11-22T06:00:04.000+00:00',
    });
    expect(history.get('d')?.runId).toBe('d');
    expect(history.get('a')).toBeNull();
  });

  it('survives a damaged store: invalid entries are skipped, a non-list is empty', () => {
    const backing = createMemoryBacking();
    backing.set('diagnoses', [{ runId: 'junk' }, sampleResult('ok'), 42]);
    const history = createHistoryStore(backing);
    expect(history.list().map((e) => e.runId)).toEqual(['ok']);
    backing.set('diagnoses', 'not a list');
    expect(history.list()).toEqual([]);
  });
});
