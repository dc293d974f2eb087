import type { FixParams } from '../../contract';
import type { OsKind } from '../platform/types';

/** The browsers a fix can open (the contract's FixParams.browser list, so the two cannot differ). */
export type BrowserId = NonNullable<FixParams['browser']>;

/** A browser we know how to start, and where it may be installed. */
interface BrowserSpec {
  id: BrowserId;
  name: string;
  /** Flag that opens a private window, or null when the browser has none on the command line. */
  privateFlag: string | null;
  linux: string[];
  /** macOS app bundle names under /Applications. */
  darwin: string | null;
  /** Windows paths relative to an env folder, e.g. ['ProgramFiles', 'Google\\Chrome\\Application\\chrome.exe']. */
  win32: [string, string][];
}

const SPECS: readonly BrowserSpec[] = [
  {
    id: 'chrome',
    name: 'Google Chrome',
    privateFlag: '--incognito',
    linux: ['google-chrome', 'google-chrome-stable'],
    darwin: 'Google Chrome',
    win32: [
      ['ProgramFiles', 'Google\\Chrome\\Application\\chrome.exe'],
      ['ProgramFiles(x86)', 'Google\\Chrome\\Application\\chrome.exe'],
      ['LOCALAPPDATA', 'Google\\Chrome\\Application\\chrome.exe'],
    ],
  },
  {
    id: 'edge',
    name: 'Microsoft Edge',
    privateFlag: '--inprivate',
    linux: ['microsoft-edge', 'microsoft-edge-stable'],
    darwin: 'Microsoft Edge',
    win32: [
      ['ProgramFiles(x86)', 'Microsoft\\Edge\\Application\\msedge.exe'],
      ['ProgramFiles', 'Microsoft\\Edge\\Application\\msedge.exe'],
    ],
  },
  {
    id: 'firefox',
    name: 'Mozilla Firefox',
    privateFlag: '--private-window',
    linux: ['firefox', 'firefox-esr'],
    darwin: 'Firefox',
    win32: [
      ['ProgramFiles', 'Mozilla Firefox\\firefox.exe'],
      ['ProgramFiles(x86)', 'Mozilla Firefox\\firefox.exe'],
    ],
  },
  { id: 'safari', name: 'Safari', privateFlag: null, linux: [], darwin: 'Safari', win32: [] },
  {
    id: 'chromium',
    name: 'Chromium',
    privateFlag: '--incognito',
    linux: ['chromium', 'chromium-browser'],
    darwin: 'Chromium',
    win32: [],
  },
  {
    id: 'brave',
    name: 'Brave',
    privateFlag: '--incognito',
    linux: ['brave-browser', 'brave'],
    darwin: 'Brave Browser',
    win32: [
      ['ProgramFiles', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'],
      ['LOCALAPPDATA', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'],
    ],
  },
];

export const BROWSER_IDS: readonly BrowserId[] = SPECS.map((s) => s.id);

/** An installed browser and how to start it. */
export interface InstalledBrowser {
  id: BrowserId;
  name: string;
  /** Program path (Linux/Windows) or app name (macOS). */
  program: string;
  privateFlag: string | null;
}

/** Where to look for each browser on this OS: candidate paths/names, in preference order. */
export function browserCandidates(
  os: OsKind,
  env: Record<string, string | undefined>,
): { id: BrowserId; candidates: string[] }[] {
  return SPECS.map((spec) => {
    if (os === 'linux') return { id: spec.id, candidates: spec.linux };
    if (os === 'darwin')
      return { id: spec.id, candidates: spec.darwin ? [`/Applications/${spec.darwin}.app`] : [] };
    const candidates = spec.win32
      .map(([envName, rel]) => {
        const base = env[envName];
        return base ? `${base.replace(/\\+$/, '')}\\${rel}` : null;
      })
      .filter((p): p is string => p !== null);
    return { id: spec.id, candidates };
  });
}

/**
 * Picks the installed browsers given which candidates exist (pure; detection I/O happens in
 * the caller). On macOS the program is the app name `open -a` takes.
 */
export function installedBrowsers(os: OsKind, found: ReadonlyMap<BrowserId, string>): InstalledBrowser[] {
  const out: InstalledBrowser[] = [];
  for (const spec of SPECS) {
    const hit = found.get(spec.id);
    if (!hit) continue;
    const program = os === 'darwin' ? (spec.darwin ?? hit) : hit;
    out.push({ id: spec.id, name: spec.name, program, privateFlag: spec.privateFlag });
  }
  return out;
}

/** argv that opens `url` in `browser`, in a private window when asked and possible. */
export function openUrlArgv(
  os: OsKind,
  browser: InstalledBrowser,
  url: string,
  privateWindow: boolean,
): string[] {
  const flags = privateWindow && browser.privateFlag ? [browser.privateFlag] : [];
  if (os === 'darwin') {
    // `open -n` starts a new instance: a running one would ignore the flags
    return flags.length > 0
      ? ['open', '-na', browser.program, '--args', ...flags, url]
      : ['open', '-a', browser.program, url];
  }
  return [browser.program, ...flags, url];
}

/** Why a site address may not reach a browser's argv (one sentence each, kept together). */
export const URL_PROBLEM_TEXT = {
  notHttp: 'the site address must be an http:// or https:// URL',
  credentials:
    'the site address must not contain a user name or password (user:password@); give it without them',
} as const;

/**
 * Why `url` may not be opened in a browser, or null: only http(s) URLs without spaces,
 * control characters, a leading '-' or a user name/password.
 */
export function openUrlProblem(url: string): string | null {
  // spaces and control characters would let a URL carry a second argument or a line break
  if ([...url].some((c) => c.charCodeAt(0) < 0x21 || c === '\u007f') || url.startsWith('-'))
    return URL_PROBLEM_TEXT.notHttp;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return URL_PROBLEM_TEXT.notHttp;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return URL_PROBLEM_TEXT.notHttp;
  // a password would sit in the browser's argv (visible to every process) and its history
  if (u.username !== '' || u.password !== '' || /^[a-z]+:\/\/[^/?#]*@/i.test(url))
    return URL_PROBLEM_TEXT.credentials;
  return null;
}

/** Only plain http(s) URLs without credentials, spaces or control characters may reach a browser's argv. */
export function isOpenableUrl(url: string): boolean {
  return openUrlProblem(url) === null;
}
