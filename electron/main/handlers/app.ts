import type { AppInfo, ChannelHandlers } from '../../contract';
import { redactUrlForLog } from '../../engine/fixes';
import { parseExternalUrl } from '../url-policy';
import type { MainContext } from './context';

/** Facts about the running app (read once at start-up by index.ts). */
export interface AppFacts {
  name: string;
  version: string;
  platform: string;
  arch: string;
  electron: string | null;
  locale: () => string;
}

/** Handlers for 'app:info' and 'shell:open-external'. */
export function createAppHandlers(
  ctx: Pick<MainContext, 'openExternal' | 'log'>,
  facts: AppFacts,
): Pick<ChannelHandlers, 'app:info' | 'shell:open-external'> {
  return {
    'app:info': (): AppInfo => ({
      name: facts.name,
      version: facts.version,
      platform: facts.platform,
      arch: facts.arch,
      electron: facts.electron,
      locale: facts.locale(),
    }),
    'shell:open-external': async ({ url }) => {
      // The contract already checked http(s); this stricter check also refuses credentials
      // and whitespace, and is the same one the window-open handler uses.
      const safe = parseExternalUrl(url);
      if (!safe) {
        ctx.log.warn('refused to open external URL', redactUrlForLog(url));
        return { ok: false };
      }
      return { ok: await ctx.openExternal(safe) };
    },
  };
}
