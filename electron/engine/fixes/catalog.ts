import type { CheckId, FixDescriptor, FixId, FixParams, FixPreview } from '../../contract';
import { FIX_IDS } from '../../contract';
import type { OsKind } from '../platform/types';
import type { BrowserId, InstalledBrowser } from './browsers';
import { openUrlArgv, openUrlProblem } from './browsers';
import { captureDnsState, detectDnsManager } from './dns-capture';
import { applySteps, describeChange, unitServers } from './dns-steps';
import { clearSiteCacheSteps, disableProxySteps, RESTART_ROUTER_STEPS } from './guides';
import { FixInputError } from './ip';
import { dnsStateProblem } from './snapshot-schema';
import { detectBrowsers, detectFlushMethod, detectRenewMethod } from './machine';
import type { DnsManagerKind, DnsState, FixDeps, FixStep } from './types';

/** What never changes about a fix, whatever the machine. */
interface FixInfo {
  kind: 'command' | 'guided';
  title: string;
  description: string;
  risk: FixDescriptor['risk'];
  expectedSeconds: number;
  verify: string;
  /** Checks the app runs again afterwards. */
  recheck: CheckId[];
  undo: string;
  /** The parameters this fix uses (the CLI refuses options for any other). */
  params: readonly (keyof FixParams)[];
}

/** The closed catalog (ids come from the contract; a missing entry does not compile). */
export const FIX_INFO: Readonly<Record<FixId, FixInfo>> = {
  'flush-dns': {
    params: [],
    recheck: ['system-resolvers', 'dns-swap', 'site-probe'],
    kind: 'command',
    title: 'Empty the DNS cache',
    risk: 'none',
    expectedSeconds: 3,
    description:
      'Makes this computer forget the addresses of sites it looked up earlier, so the next visit asks your DNS server again. Helps when a site has moved to a new address.',
    verify:
      'Looks names up again on your DNS servers (the "system-resolvers" and "dns-swap" checks run again).',
    undo: 'Nothing to undo: the cache fills up again by itself as you browse.',
  },
  'switch-dns': {
    params: ['servers', 'url', 'host', 'runId'],
    recheck: ['system-resolvers', 'dns-swap', 'site-probe'],
    kind: 'command',
    title: 'Use other DNS servers',
    risk: 'medium',
    expectedSeconds: 10,
    description:
      'Tells this computer to look up site addresses with other DNS servers (for example 1.1.1.1) instead of the ones it uses now. Your current settings are saved first.',
    verify:
      'Looks a name up through the new servers ("dns-swap" check). If they do not answer, your old settings come back at once; then you have 20 seconds to keep the change, otherwise it is undone.',
    undo: 'Undo puts your previous DNS settings back exactly as they were (in the app, or "gateway-doctor fix undo switch-dns").',
  },
  'renew-dhcp': {
    params: [],
    recheck: ['gateway', 'control-sites', 'site-probe'],
    kind: 'command',
    title: 'Ask the router for a new network address',
    risk: 'low',
    expectedSeconds: 15,
    description:
      "Gives back this computer's network address and asks the router for a fresh one. The connection drops for a few seconds.",
    verify: 'Checks that the router answers again ("gateway" check).',
    undo: 'Nothing to undo: the computer gets its address from the router as always.',
  },
  'open-private-window': {
    params: ['url', 'browser'],
    recheck: [],
    kind: 'command',
    title: 'Open the site in a private window',
    risk: 'none',
    expectedSeconds: 3,
    description:
      "Opens the site in a private window, which uses no stored cookies, no cached files and (usually) no extensions. If the site works there, the problem is in your browser's stored data.",
    verify:
      "You look at the page: if it loads in the private window, clear this site's data in your usual window.",
    undo: 'Close the private window.',
  },
  'open-other-browser': {
    params: ['url', 'browser'],
    recheck: [],
    kind: 'command',
    title: 'Open the site in another browser',
    risk: 'none',
    expectedSeconds: 3,
    description:
      'Opens the site in a different browser installed on this computer. If it works there, the problem is in your usual browser.',
    verify:
      'You look at the page: if it loads in the other browser, your usual browser needs its data cleared or an extension turned off.',
    undo: 'Close that browser.',
  },
  'guide-clear-site-cache': {
    params: ['browser'],
    recheck: ['site-probe'],
    kind: 'guided',
    title: "Clear this site's stored data",
    risk: 'low',
    expectedSeconds: 60,
    description:
      'Step-by-step help to delete the cookies and cached files of this one site in your browser. Other sites and your passwords are not touched.',
    verify: 'Press "Check again" and we test the site again.',
    undo: 'Nothing to undo; you may have to sign in to this site again.',
  },
  'guide-restart-router': {
    params: [],
    recheck: ['gateway', 'control-sites', 'site-probe'],
    kind: 'guided',
    title: 'Restart your router',
    risk: 'low',
    expectedSeconds: 180,
    description:
      'Step-by-step help to switch your router off and on. We watch for it to come back and then check again by ourselves.',
    verify:
      'We wait until the router answers again (checking more slowly as time goes on, for up to 5 minutes), then run the checks again.',
    undo: 'Nothing to undo.',
  },
  'guide-disable-proxy': {
    params: [],
    recheck: ['proxy', 'site-probe'],
    kind: 'guided',
    title: 'Turn off the proxy',
    risk: 'low',
    expectedSeconds: 60,
    description:
      'Step-by-step help to switch off a proxy set on this computer, so the site is reached directly.',
    verify: 'Press "Check again": the "proxy" and "site-probe" checks run again without the proxy.',
    undo: 'Turn the proxy back on the same way if you need it (for example at work).',
  },
};

export const ALL_FIX_IDS: readonly FixId[] = FIX_IDS;

/** What the flow needs to carry out one fix: the preview plus the machine facts behind it. */
export interface FixPlan {
  preview: FixPreview;
  steps: FixStep[];
  /** switch-dns: the state the steps were computed from (re-captured for the snapshot at run time). */
  dns: { manager: DnsManagerKind; state: DnsState; servers: string[]; fileNeedsAdmin: boolean } | null;
  /** How the flow verifies the outcome. */
  verifyKind: 'dns-switch' | 'dns-system' | 'gateway' | 'gateway-wait' | 'none';
  /** resolv.conf: the exact bytes the file will get (shown by --dry-run). */
  newFileContent: string | null;
  /** The site the fix is about, when given. */
  url?: string;
  /** The diagnosed site's host name (verifies a DNS change), when given. */
  host?: string;
}

const URL_PLACEHOLDER = '<site address>';

const MANAGER_LABEL: Record<DnsManagerKind, string> = {
  'resolv-conf': 'the resolv.conf file',
  networkmanager: 'NetworkManager',
  'systemd-resolved': 'systemd-resolved',
  networksetup: 'the macOS network services',
  windows: 'the Windows network adapters',
};

function base(
  id: FixId,
  available: boolean,
  unavailableReason: string | null,
  needsAdmin: boolean,
): FixDescriptor {
  const i = FIX_INFO[id];
  return {
    id,
    kind: i.kind,
    title: i.title,
    description: i.description,
    available,
    unavailableReason: available ? null : unavailableReason,
    needsAdmin,
    risk: i.risk,
    expectedSeconds: i.expectedSeconds,
    verify: i.verify,
    recheck: [...i.recheck],
    undo: i.undo,
  };
}

function plan(
  d: FixDescriptor,
  o: Partial<Omit<FixPlan, 'preview'>> & {
    commands?: string[][];
    steps?: FixStep[];
    guidance?: string[];
    changes?: string[];
    dnsChange?: FixPreview['dnsChange'];
  },
): FixPlan {
  const steps = o.steps ?? [];
  const commands = o.commands ?? steps.flatMap((s) => (s.kind === 'write-file' ? [] : [s.argv]));
  return {
    preview: {
      ...d,
      commands,
      steps: o.guidance ?? [],
      changes: o.changes ?? [],
      ...(o.dnsChange ? { dnsChange: o.dnsChange } : {}),
    },
    steps,
    dns: o.dns ?? null,
    verifyKind: o.verifyKind ?? 'none',
    newFileContent: o.newFileContent ?? null,
    ...(o.url ? { url: o.url } : {}),
    ...(o.host ? { host: o.host } : {}),
  };
}

function pickBrowser(
  list: InstalledBrowser[],
  wanted: BrowserId | undefined,
  needPrivate: boolean,
): InstalledBrowser | null {
  const usable = needPrivate ? list.filter((b) => b.privateFlag !== null) : list;
  if (wanted) return usable.find((b) => b.id === wanted) ?? null;
  return usable[0] ?? null;
}

/**
 * Builds the plan for one fix on this machine: detects what is needed (read-only) and
 * computes the exact argv. Throws FixInputError for bad params; an unavailable fix comes
 * back with available=false and the reason (the flow refuses to run it).
 */
export async function planFix(
  deps: FixDeps,
  id: FixId,
  params: FixParams,
  o: { forList?: boolean } = {},
): Promise<FixPlan> {
  const os: OsKind = deps.os;
  const cmd = (argv: string[], admin: boolean): FixStep => ({
    kind: 'command',
    argv,
    admin,
    timeoutMs: 30_000,
  });
  switch (id) {
    case 'flush-dns': {
      const m = await detectFlushMethod(deps);
      if (m.commands === null) return plan(base(id, false, m.reason, false), {});
      const d = base(id, true, null, m.needsAdmin);
      return plan(
        { ...d, description: `${d.description} Here: ${m.what}.` },
        { steps: m.commands.map((c) => cmd(c, m.needsAdmin)), verifyKind: 'dns-system' },
      );
    }
    case 'switch-dns': {
      const det = await detectDnsManager(deps);
      if (det.kind === null)
        return plan(base(id, false, `Gateway Doctor cannot change DNS here: ${det.why}.`, true), {});
      const fileNeedsAdmin =
        det.kind === 'resolv-conf' ? !(await deps.fs.canWrite(deps.resolvConfPath)) : false;
      const needsAdmin = det.kind === 'resolv-conf' ? fileNeedsAdmin : det.kind !== 'networkmanager';
      const d = base(id, true, null, needsAdmin);
      if (o.forList || !params.servers) {
        return plan(
          {
            ...d,
            description: `${d.description} Here DNS is set by ${MANAGER_LABEL[det.kind]} (${det.why}).`,
          },
          { verifyKind: 'dns-switch' },
        );
      }
      const state = await captureDnsState(deps, det.kind);
      const problem = dnsStateProblem(state);
      if (problem) {
        return plan(
          base(
            id,
            false,
            `Gateway Doctor cannot save the current DNS settings for undo (${problem}), so it does not change them.`,
            needsAdmin,
          ),
          {},
        );
      }
      const steps = applySteps(state, params.servers, { fileNeedsAdmin });
      const write = steps.find((s) => s.kind === 'write-file');
      const newFileContent =
        write?.kind === 'write-file' ? Buffer.from(write.contentB64, 'base64').toString('utf8') : null;
      const changes = describeChange(state, params.servers);
      if (write?.kind === 'write-file')
        changes.unshift(`rewrite ${write.path}: only the nameserver lines change; every other line is kept`);
      const from = [...new Set(unitServers(state).flatMap((u) => u.servers))];
      return plan(
        { ...d, description: `${d.description} Here DNS is set by ${MANAGER_LABEL[det.kind]} (${det.why}).` },
        {
          steps,
          changes,
          dnsChange: { from, to: [...params.servers] },
          verifyKind: 'dns-switch',
          newFileContent,
          dns: { manager: det.kind, state, servers: params.servers, fileNeedsAdmin },
          ...(params.url ? { url: params.url } : {}),
          ...(params.host ? { host: params.host } : {}),
        },
      );
    }
    case 'renew-dhcp': {
      const m = await detectRenewMethod(deps);
      if (m.commands === null) return plan(base(id, false, m.reason, false), {});
      const d = base(id, true, null, m.needsAdmin);
      return plan(
        { ...d, description: `${d.description} Here: ${m.what}.` },
        { steps: m.commands.map((c) => cmd(c, m.needsAdmin)), verifyKind: 'gateway' },
      );
    }
    case 'open-private-window':
    case 'open-other-browser': {
      const priv = id === 'open-private-window';
      const list = await detectBrowsers(deps);
      const urlProblem = params.url === undefined ? null : openUrlProblem(params.url);
      if (urlProblem) throw new FixInputError(urlProblem);
      let browser: InstalledBrowser | null;
      let reason = priv
        ? 'No installed browser that can open a private window was found.'
        : 'No second browser is installed on this computer.';
      if (priv) {
        browser = pickBrowser(list, params.browser, true);
        if (params.browser && !browser)
          reason = `${params.browser} is not installed here or cannot open a private window from the command line.`;
      } else {
        // "another" browser: never the one the person named as their usual browser
        const others = params.browser ? list.filter((b) => b.id !== params.browser) : list.slice(1);
        browser = others[0] ?? null;
      }
      if (!browser) return plan(base(id, false, reason, false), {});
      const d = base(id, true, null, false);
      const url = params.url ?? URL_PLACEHOLDER;
      const argv = openUrlArgv(os, browser, url, priv);
      return plan(
        { ...d, description: `${d.description} Browser: ${browser.name}.` },
        { steps: [{ kind: 'launch', argv }], verifyKind: 'none' },
      );
    }
    case 'guide-clear-site-cache':
      return plan(base(id, true, null, false), { guidance: clearSiteCacheSteps(params.browser) });
    case 'guide-restart-router':
      return plan(base(id, true, null, false), {
        guidance: [...RESTART_ROUTER_STEPS],
        verifyKind: 'gateway-wait',
      });
    case 'guide-disable-proxy':
      return plan(base(id, true, null, false), { guidance: disableProxySteps(os) });
  }
}
