import type { CheckResult } from '../../contract';
import { isIpLiteral } from '../platform/host';
import { isToolSkip } from '../platform/types';
import { runCheck, skippedByTool } from './common';
import type { CheckContext } from './common';

export interface SystemResolversOutcome {
  result: CheckResult;
  resolvers: string[];
}

/** System resolvers: which DNS servers this computer asks (resolv.conf, resolvectl, scutil, ...). */
export async function systemResolversCheck(ctx: CheckContext): Promise<SystemResolversOutcome> {
  let resolvers: string[] = [];
  const result = await runCheck('system-resolvers', ctx, async () => {
    const found = await ctx.deps.platform.systemResolvers(ctx.signal);
    if (isToolSkip(found)) return skippedByTool(found);
    resolvers = found.filter(isIpLiteral).slice(0, 4);
    if (resolvers.length === 0)
      return { status: 'problem', problems: ['no-system-resolvers'], evidence: { resolvers: [] } };
    return { status: 'ok', evidence: { resolvers } };
  });
  return { result, resolvers };
}
