import { describe, expect, it } from 'vitest';
import { AppInfoSchema } from '../../../electron/contract';
import { createAppHandlers } from '../../../electron/main/handlers/app';
import { createHistoryHandlers } from '../../../electron/main/handlers/history';
import { composeHandlers } from '../../../electron/main/handlers';
import { INVOKE_CHANNELS } from '../../../electron/contract';
import { fakeContext, sampleResult } from './helpers';

const facts = {
  name: 'Gateway Doctor',
  version: '0.1.0',
  platform: 'linux',
  arch: 'x64',
  electron: null,
  locale: () => 'de-DE',
};

describe('app handlers', () => {
  it('app:info answers facts that satisfy the contract', async () => {
    const h = createAppHandlers(fakeContext(), facts);
    const info = await h['app:info'](undefined, { senderId: 1 });
    expect(AppInfoSchema.parse(info)).toEqual({ ...facts, locale: 'de-DE' });
  });

  it('shell:open-external opens only safe http(s) URLs', async () => {
    const ctx = fakeContext();
    const h = createAppHandlers(ctx, facts);
    expect(
      await h['shell:open-external']({ url: 'https://isp.example.test/status' }, { senderId: 1 }),
    ).toEqual({ ok: true });
    expect(
      await h['shell:open-external']({ url: 'https://me:secret@isp.example.test/' }, { senderId: 1 }),
    ).toEqual({ ok: false });
    expect(ctx.opened).toEqual(['https://isp.example.test/status']);
  });

  it('history handlers read the store', async () => {
    const ctx = fakeContext();
    ctx.history.add(sampleResult('r1'));
    const h = createHistoryHandlers(ctx);
    expect((await h['history:list'](undefined, { senderId: 1 })).map((e) => e.runId)).toEqual(['r1']);
    expect(await h['history:get']({ runId: 'nope' }, { senderId: 1 })).toBeNull();
  });

  it('the composition has a handler for every contract channel', () => {
    const { handlers, dispose } = composeHandlers({
      ctx: fakeContext(),
      facts,
      engine: {
        checkUrl: () => undefined,
        run: () => Promise.reject(new Error('no')),
        explain: () => {
          throw new Error('no');
        },
        newRunId: () => 'r',
      },
      watch: { probe: async () => ({ status: 200 }), normaliseUrl: (u) => u, newId: () => 'w' },
    });
    expect(Object.keys(handlers).sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of INVOKE_CHANNELS) expect(typeof handlers[channel]).toBe('function');
    dispose();
  });
});
