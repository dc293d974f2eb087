import type { CheckResult, EvidenceValue, ProbeAttempt } from '../../contract';
import { httpProbe } from '../http/probe';
import { isToolSkip } from '../platform/types';
import { attemptClass } from './classify';
import { lookupOf, remaining, runCheck } from './common';
import type { CheckBody, CheckContext } from './common';
import { redirectHost, sameSite } from './redirects';

/**
 * A plain-HTTP look at a site is one quick request: a portal answers from the local network (it
 * takes over the connection at the first hop), so a connection that is not up quickly is no portal.
 */
const PLAIN_CAP_MS = 1000;
const PLAIN_CONNECT_MS = 500;
const MAX_PLAIN = 4;
const LOGIN_TITLE = /\b(sign[ -]?in|log[ -]?in|login|anmeld\w*|captive|hotspot|portal|wi-?fi)\b/i;

/** A sign-in portal seen answering for the web. */
export interface PortalFinding {
  /** The foreign host every request was sent to (null when the same page answered in place). */
  host: string | null;
  how: 'redirect' | 'page';
  /** Plain-HTTP requests it answered, of `asked`. */
  intercepted: number;
  asked: number;
  title: string | null;
  loginForm: boolean;
  /** The site itself: answered by the portal too, or it failed. */
  siteAnswered: 'portal' | 'failed';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The other site an answer sends the browser to (Location of a redirect, or the page's own refresh). */
export function sentTo(a: ProbeAttempt): string | null {
  const asked = hostOf(a.url);
  const to = redirectHost(a) ?? (a.page?.refreshTo ? hostOf(a.page.refreshTo) : null);
  return to && to !== '' && !sameSite(to, asked) ? to : null;
}

/**
 * Whether one machine answers for the web: every plain-HTTP request to the known-good sites (at
 * least two different sites) is sent to the same foreign host, or answered with the same page
 * that asks to sign in, and the site's own plain-HTTP answers are that too (or the site failed).
 * Pure; null when not.
 */
export function detectPortal(
  site: readonly ProbeAttempt[],
  siteFailed: boolean,
  controls: readonly ProbeAttempt[],
): PortalFinding | null {
  if (new Set(controls.map((a) => hostOf(a.url))).size < 2) return null;
  const first = controls[0];
  if (!first) return null;
  const page = first.page ?? null;
  const title = page?.title ?? null;
  const loginForm = controls.some((a) => a.page?.loginForm === true);
  const asked = controls.length + site.length;
  const target = sentTo(first);
  if (target && controls.every((a) => sentTo(a) === target)) {
    const siteToo = site.length > 0 && site.every((a) => sentTo(a) === target);
    if (!siteToo && !siteFailed) return null;
    const intercepted = controls.length + (siteToo ? site.length : 0);
    // A redirect's own body ("302 Found") is not the portal's page: its title comes from there.
    return {
      host: target,
      how: 'redirect',
      intercepted,
      asked,
      title: null,
      loginForm,
      siteAnswered: siteToo ? 'portal' : 'failed',
    };
  }
  const digest = page?.digest;
  const samePage = (a: ProbeAttempt): boolean =>
    a.status !== null && a.bodyBytes > 0 && a.page?.digest === digest;
  if (!digest || !controls.every(samePage)) return null;
  const siteToo = site.length > 0 && site.every(samePage);
  const asksToSignIn = loginForm || (title !== null && LOGIN_TITLE.test(title));
  // Identical pages alone can be one host serving several names: a portal's page asks to sign in.
  if (!asksToSignIn || (!siteToo && !siteFailed)) return null;
  const intercepted = controls.length + (siteToo ? site.length : 0);
  return {
    host: null,
    how: 'page',
    intercepted,
    asked,
    title,
    loginForm,
    siteAnswered: siteToo ? 'portal' : 'failed',
  };
}

/** The plain-HTTP form of an https URL on the default port, or null (another port has no http twin). */
export function plainHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:') return u.toString();
    if (u.protocol !== 'https:' || u.port !== '') return null;
    u.protocol = 'http:';
    return u.toString();
  } catch {
    return null;
  }
}

/** Where the first redirected request was sent (absolute), or null. */
function landingUrl(controls: readonly ProbeAttempt[]): string | null {
  const a = controls.find((c) => sentTo(c) !== null);
  const raw = a
    ? a.status !== null && a.status >= 300 && a.status < 400
      ? a.headers.location
      : a.page?.refreshTo
    : null;
  if (!a || !raw) return null;
  try {
    const u = new URL(raw, a.url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** A URL without its query and fragment: portals put this computer's addresses there. */
function withoutQuery(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/**
 * Whether the run gives reason to look for a portal: the site or a known-good site did not
 * answer normally, or they all answered with one and the same page (a portal answering in place).
 */
function portalQuestion(site: readonly ProbeAttempt[], controls: readonly ProbeAttempt[]): boolean {
  const odd = (a: ProbeAttempt): boolean => attemptClass(a) !== 'ok' || sentTo(a) !== null;
  if (site.some(odd) || controls.some(odd)) return true;
  const digests = new Set([...site, ...controls].map((a) => a.page?.digest ?? null));
  return controls.length >= 2 && digests.size === 1 && !digests.has(null);
}

async function plainFetch(ctx: CheckContext, url: string): Promise<ProbeAttempt> {
  return httpProbe({
    url,
    proxy: await ctx.proxyFor(url),
    timeoutMs: Math.max(50, Math.min(PLAIN_CAP_MS, remaining(ctx))),
    connectTimeoutMs: PLAIN_CONNECT_MS,
    signal: ctx.signal,
    ...lookupOf(ctx),
  });
}

async function osSays(ctx: CheckContext): Promise<string | null> {
  const ask = ctx.deps.platform.connectivity;
  if (!ask) return null;
  try {
    const state = await ask.call(ctx.deps.platform, ctx.signal);
    return isToolSkip(state) ? null : state;
  } catch {
    return null;
  }
}

/**
 * Captive portal: is a sign-in page answering for the web? Reads the site probe's and the
 * control sites' answers; when something was odd, asks the plain-HTTP (http://) form of the
 * https ones (a portal can only answer those) and what the OS itself knows (NetworkManager's
 * `portal` state, RFC 8908/8910 where the OS offers it).
 */
export async function captivePortalCheck(
  ctx: CheckContext,
  siteAttempts: readonly ProbeAttempt[],
  controlAttempts: readonly ProbeAttempt[],
): Promise<CheckResult> {
  return runCheck('captive-portal', ctx, async (): Promise<CheckBody> => {
    if (!portalQuestion(siteAttempts, controlAttempts))
      return { status: 'ok', evidence: { portalHost: null, how: null, os: null } };
    const plainControls = ctx.settings.controls
      .map(plainHttpUrl)
      .filter((u): u is string => u !== null)
      .slice(0, MAX_PLAIN);
    const reuse = (url: string): ProbeAttempt | undefined => controlAttempts.find((a) => a.url === url);
    const siteIsHttp = ctx.target.scheme === 'http';
    const sitePlain = siteIsHttp ? null : plainHttpUrl(ctx.target.url);
    const [controls, sitePlainAttempt, os] = await Promise.all([
      Promise.all(plainControls.map((u) => reuse(u) ?? plainFetch(ctx, u))),
      sitePlain ? plainFetch(ctx, sitePlain) : Promise.resolve(null),
      osSays(ctx),
    ]);
    const site = siteIsHttp ? siteAttempts : sitePlainAttempt ? [sitePlainAttempt] : [];
    const siteFailed = siteAttempts.length > 0 && siteAttempts.every((a) => a.status === null);
    const found = detectPortal(site, siteFailed, controls);
    // Redirected: the sign-in page itself says what it is (its title, a sign-in form).
    const portalUrl = found?.how === 'redirect' ? landingUrl(controls) : null;
    if (found && portalUrl) {
      const landing = await plainFetch(ctx, portalUrl);
      if (landing.page) {
        found.title = landing.page.title;
        found.loginForm = landing.page.loginForm;
      }
    }
    const problems: string[] = [];
    if (found) problems.push('web-intercepted');
    if (os === 'portal') problems.push('os-reports-portal');
    const evidence: Record<string, EvidenceValue> = {
      portalHost: found?.host ?? null,
      how: found?.how ?? null,
      intercepted: found?.intercepted ?? 0,
      asked: found?.asked ?? controls.length + site.length,
      title: found?.title ?? null,
      loginForm: found?.loginForm ?? false,
      siteAnswered: found?.siteAnswered ?? null,
      portalUrl: portalUrl ? withoutQuery(portalUrl) : null,
      os,
    };
    return { status: problems.length > 0 ? 'problem' : 'ok', problems, evidence };
  });
}
