import type { ChannelHandlers } from '../../contract';
import type { MainContext } from './context';

type FixChannels = 'fix:list' | 'fix:preview' | 'fix:run' | 'fix:confirm' | 'fix:undo';

// Placeholder until the fixes owner lands the real handlers: every call fails clearly,
// nothing pretends a fix ran.
const notYet = (): never => {
  throw new Error('Quick fixes are not available yet.');
};

/** Handlers for the quick-fix channels (the fixes owner replaces this file). */
export function createFixesHandlers(_ctx: MainContext): Pick<ChannelHandlers, FixChannels> {
  return { 'fix:list': notYet, 'fix:preview': notYet, 'fix:run': notYet, 'fix:confirm': notYet, 'fix:undo': notYet };
}
