import type {
  CheckId,
  FixDescriptor,
  FixId,
  FixParams,
  FixPreview,
  FixText,
  FixUnavailableCode,
  GuideStepId,
} from '../../contract';
import { FIX_IDS, textsEn } from '../../contract';
import type { OsKind } from '../platform/types';
import type { BrowserId, InstalledBrowser } from './browsers';
import { openUrlArgv, openUrlProblem } from './browsers';
import { captureDnsState, detectDnsManager } from './dns-capture';
import { applySteps, describeChange, unitServers } from './dns-steps';
import { clearSiteCacheSteps, disableProxySteps, guideWords, RESTART_ROUTER_STEPS } from './guides';
import { FixInputError } from './ip';
import { dnsStateProblem } from './snapshot-schema';
import { detectBrowsers, detectFlushMethod, detectRenewMethod } from './machine';
import type { DnsManagerKind, DnsState, FixDeps, FixStep } from './types';

/** What never changes about a fix, whatever the machine (the words: `fixes` in the text catalogs). */
interface FixInfo extends FixText {
  kind: 'command' | 'guided';
  risk: FixDescriptor['risk'];
  expectedSeconds: number;
  /** Checks the app runs again afterwards. */
  recheck: CheckId[];
  /** The parameters this fix uses (the CLI refuses options for any other). */
  params: readonly (keyof FixParams)[];
}

/** The facts per fix (ids come from the contract; a missing entry does not compile). */
const FIX_FACTS: Readonly<Record<FixId, Omit<FixInfo, keyof FixText>>> = {
  'flush-dns': {
    params: [],
    recheck: ['system-resolvers', 'dns-swap', 'site-probe'],
    kind: 'command',
    risk: 'none',
    expectedSeconds: 3,
  },
  'switch-dns': {
    params: ['servers', 'url', 'host', 'runId'],
    recheck: ['system-resolvers', 'dns-swap', 'site-probe'],
    kind: 'command',
    risk: 'medium',
    expectedSeconds: 10,
  },
  'renew-dhcp': {
    params: [],
    recheck: ['gateway', 'control-sites', 'site-probe'],
    kind: 'command',
    risk: 'low',
    expectedSeconds: 15,
  },
  'open-private-window': {
    params: ['url', 'browser'],
    recheck: [],
    kind: 'command',
    risk: 'none',
    expectedSeconds: 3,
  },
  'open-other-browser': {
    params: ['url', 'browser'],
    recheck: [],
    kind: 'command',
    risk: 'none',
    expectedSeconds: 3,
  },
  'guide-clear-site-cache': {
    params: ['browser'],
    recheck: ['site-probe'],
    kind: 'guided',
    risk: 'low',
    expectedSeconds: 60,
  },
  'guide-restart-router': {
    params: [],
    recheck: ['gateway', 'control-sites', 'site-probe'],
    kind: 'guided',
    risk: 'low',
    expectedSeconds: 180,
  },
  'guide-disable-proxy': {
    params: [],
    recheck: ['proxy', 'site-probe'],
    kind: 'guided',
    risk: 'low',
    expectedSeconds: 60,
  },
};

/** The closed catalog: the facts above with the English words from the text catalog (the window words them itself). */
export const FIX_INFO: Readonly<Record<FixId, FixInfo>> = Object.fromEntries(
  FIX_IDS.map((id) => [id, { ...FIX_FACTS[id], ...textsEn.fixes[id] }]),
) as Record<FixId, FixInfo>;

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
  unavailable?: { code: FixUnavailableCode; params?: Record<string, string> },
): FixDescriptor {
  const i = FIX_INFO[id];
  return {
    ...(!available && unavailable ? { unavailable } : {}),
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
    guidance?: GuideStepId[];
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
      steps: guideWords(o.guidance ?? []),
      ...(o.guidance ? { stepIds: o.guidance } : {}),
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
      if (m.commands === null) return plan(base(id, false, m.reason, false, { code: m.code }), {});
      const d = base(id, true, null, m.needsAdmin);
      return plan(
        { ...d, description: `${d.description} Here: ${m.what}.` },
        { steps: m.commands.map((c) => cmd(c, m.needsAdmin)), verifyKind: 'dns-system' },
      );
    }
    case 'switch-dns': {
      const det = await detectDnsManager(deps);
      if (det.kind === null)
        return plan(
          base(id, false, `Gateway Doctor cannot change DNS here: ${det.why}.`, true, {
            code: 'no-dns-manager',
          }),
          {},
        );
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
            { code: 'dns-not-saveable' },
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
      if (m.commands === null) return plan(base(id, false, m.reason, false, { code: m.code }), {});
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
      let code: FixUnavailableCode = priv ? 'no-private-browser' : 'no-other-browser';
      let reason = priv
        ? 'No installed browser that can open a private window was found.'
        : 'No second browser is installed on this computer.';
      const named: Record<string, string> = params.browser ? { browser: params.browser } : {};
      if (priv) {
        browser = pickBrowser(list, params.browser, true);
        if (params.browser && !browser) {
          code = 'browser-missing';
          reason = `${params.browser} is not installed here or cannot open a private window from the command line.`;
        }
      } else {
        // "another" browser: never the one the person named as their usual browser
        const others = params.browser ? list.filter((b) => b.id !== params.browser) : list.slice(1);
        browser = others[0] ?? null;
      }
      if (!browser) return plan(base(id, false, reason, false, { code, params: named }), {});
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
