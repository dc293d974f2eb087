import type { ChannelHandlers } from '../../contract';
import type { AppFacts } from './app';
import { createAppHandlers } from './app';
import type { MainContext } from './context';
import type { DiagnosisEngine } from './diagnosis';
import { createDiagnosisHandlers } from './diagnosis';
import { createFixesHandlers } from './fixes';
import { createHistoryHandlers } from './history';
import { createReportHandlers } from './report';
import type { WatchOptions } from './watch';
import { createWatchHandlers } from './watch';

export interface HandlerDeps {
  ctx: MainContext;
  facts: AppFacts;
  engine: DiagnosisEngine;
  watch: WatchOptions;
  /** app.isPackaged: the fixes refuse test knobs in an installed app (default true). */
  packaged?: boolean;
}

/**
 * Every invoke channel's handler, one factory per domain. The result is typed as the
 * contract's ChannelHandlers: a channel without a handler does not compile.
 */
export function composeHandlers(deps: HandlerDeps): { handlers: ChannelHandlers; dispose(): void } {
  const diagnosis = createDiagnosisHandlers(deps.ctx, deps.engine);
  const watch = createWatchHandlers(deps.ctx, deps.watch);
  const handlers: ChannelHandlers = {
    ...createAppHandlers(deps.ctx, deps.facts),
    ...diagnosis.handlers,
    ...createHistoryHandlers(deps.ctx),
    ...watch.handlers,
    ...createFixesHandlers(deps.ctx, { packaged: deps.packaged ?? true }),
    ...createReportHandlers(deps.ctx),
  };
  return {
    handlers,
    dispose() {
      diagnosis.cancelAll();
      watch.stopAll();
    },
  };
}
