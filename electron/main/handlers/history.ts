import type { ChannelHandlers } from '../../contract';
import type { MainContext } from './context';

/** Handlers for 'history:list' and 'history:get'. */
export function createHistoryHandlers(
  ctx: Pick<MainContext, 'history'>,
): Pick<ChannelHandlers, 'history:list' | 'history:get'> {
  return {
    'history:list': () => ctx.history.list(),
    'history:get': ({ runId }) => ctx.history.get(runId),
  };
}
