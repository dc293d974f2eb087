// Checks on what `npm run build` produced (run-all builds before vitest, so in CI these run).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL, EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../electron/contract';

const out = (p: string): string => fileURLToPath(new URL(`../../../out/${p}`, import.meta.url));
const rendererHtml = out('renderer/index.html');
const preloadFile = out('preload/index.cjs');
const built = existsSync(rendererHtml);
if (!built) {
  console.warn(
    `SKIPPED built-app checks: ${rendererHtml} does not exist — run \`npm run build\` first (npm test does).`,
  );
}

/** The directives of the CSP meta tag, or null when there is none. */
function cspOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]+)"/i.exec(html);
  if (!meta?.[1]) return null;
  const directives = new Map<string, string[]>();
  for (const part of meta[1].split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

describe.skipIf(!built)('built renderer', () => {
  const html = built ? readFileSync(rendererHtml, 'utf8') : '';

  it('has a strict Content-Security-Policy meta tag', () => {
    const csp = cspOf(html);
    expect(csp, 'no CSP meta in out/renderer/index.html').not.toBeNull();
    expect(csp?.get('default-src')).toEqual(["'none'"]);
    const scripts = csp?.get('script-src') ?? csp?.get('default-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    expect(csp?.get('object-src') ?? csp?.get('default-src')).toEqual(["'none'"]);
    // The renderer never talks to the network: no remote source anywhere in the policy.
    for (const [name, values] of csp ?? []) {
      for (const v of values) {
        expect(v, `${name} allows ${v}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'unsafe-inline')/);
      }
    }
  });

  it('loads only local scripts and styles, no inline script', () => {
    const tags = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toMatch(/\ssrc="\.\/[^"]+"/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });
});

describe.skipIf(!built)('built preload', () => {
  it('is CommonJS that needs nothing but electron (loads in a sandboxed preload)', () => {
    const code = readFileSync(preloadFile, 'utf8');
    const exposed: [string, unknown][] = [];
    const required: string[] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.push([key, api]) },
      ipcRenderer: { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined },
    };
    // The sandboxed preload's require knows only a handful of modules; anything else would
    // throw at start-up in the real app, so it throws here too.
    const sandboxRequire = (id: string): unknown => {
      required.push(id);
      if (id === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    expect(required).toEqual(['electron']);
    expect(exposed.map(([k]) => k)).toEqual([BRIDGE_GLOBAL]);
    const bridge = exposed[0]?.[1] as { invoke: object; on: object };
    expect(Object.keys(bridge.invoke).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(bridge.on).sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it('main points its windows at that file', () => {
    const main = readFileSync(out('main/index.js'), 'utf8');
    expect(main).toContain('../preload/index.cjs');
    expect(main).toContain('../renderer/index.html');
  });
});
