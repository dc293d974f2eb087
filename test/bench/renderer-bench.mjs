// Renderer budgets for `npm run bench` (hooked in through test/bench/extra/renderer.mjs), and
// runnable alone: `node test/bench/renderer-bench.mjs` (after `npm run build`).
//   1. production renderer JavaScript, gzipped (budget 250 KB)
//   2. first screen rendered and interactive in Debian Chromium, median of 5 cold loads (budget 300 ms)
// The renderer is served from a loopback-only static server; a stub bridge is injected so the
// wizard's first screen (not the "no engine" message) is what gets timed.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 5;
const JS_BUDGET_KB = 250;
const FIRST_SCREEN_BUDGET_MS = 300;
const CHROMIUM = process.env.GD_CHROMIUM ?? '/usr/lib/chromium/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// In the page before any app script: a stub bridge, and marks for "first screen rendered"
// (the question heading is in the DOM) and "interactive" (a task queued right after that render
// runs, so the main thread is free to handle the first keystroke).
const PAGE_PROBE = `
  (() => {
    const ok = (v) => Promise.resolve(v);
    const invoke = new Proxy({}, { get: (_t, name) => () => ok(name === 'fix:list' || name === 'history:list' ? [] : { runId: 'bench' }) });
    const on = new Proxy({}, { get: () => () => () => {} });
    window.gatewayDoctor = { invoke, on };
    const seen = () => {
      if (window.__gdRendered !== undefined || !document.querySelector('#root h1')) return;
      window.__gdRendered = performance.now();
      setTimeout(() => { window.__gdInteractive = performance.now(); }, 0);
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  })();
`;

async function listJs(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJs(p)));
    else if (entry.name.endsWith('.js') || entry.name.endsWith('.mjs')) out.push(p);
  }
  return out;
}

/** Gzipped size of every JavaScript file the renderer ships (source maps excluded). */
export async function rendererJsGzipBytes(root) {
  let total = 0;
  for (const f of await listJs(root)) total += gzipSync(await readFile(f), { level: 9 }).length;
  return total;
}

function serve(root) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path.slice(1))));
    if (!file.startsWith(normalize(root) + sep)) return res.writeHead(403).end();
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** First screen rendered + interactive, ms from navigation start, one value per cold load. */
export async function firstScreenTimes(root, runs = RUNS) {
  const server = await serve(root);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const times = [];
  try {
    // One warm-up load so Chromium's own start-up is not counted against the app.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: PAGE_PROBE });
      await page.goto(url);
      await page.waitForFunction('window.__gdInteractive !== undefined', undefined, { timeout: 10_000 });
      const ms = await page.evaluate('Math.max(window.__gdRendered, window.__gdInteractive)');
      if (i > 0) times.push(Math.round(ms));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return times;
}

/** Rows for test/bench/bench.mjs (see its "Extra rows" comment). */
export async function benchRows(ctx = { repoRoot }) {
  const root = process.env.BENCH_RENDERER_ROOT ?? join(ctx.repoRoot, 'out/renderer');
  if (!existsSync(join(root, 'index.html'))) {
    return [
      {
        name: 'renderer',
        value: null,
        unit: '',
        ok: false,
        note: `${root} is not built: run \`npm run build\` first`,
      },
    ];
  }
  const kb = Math.round(((await rendererJsGzipBytes(root)) / 1024) * 10) / 10;
  const times = await firstScreenTimes(root);
  const ms = median(times);
  return [
    {
      name: 'renderer JS (gzip)',
      value: kb,
      unit: 'KB',
      target: `≤ ${JS_BUDGET_KB}`,
      ok: kb <= JS_BUDGET_KB,
    },
    {
      name: `first screen rendered+interactive (median of ${times.length})`,
      value: ms,
      unit: 'ms',
      target: `≤ ${FIRST_SCREEN_BUDGET_MS}`,
      ok: ms <= FIRST_SCREEN_BUDGET_MS,
      note: `runs: ${times.join(', ')} ms`,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const rows = await benchRows();
  for (const r of rows)
    process.stdout.write(
      `${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value} ${r.unit} (target ${r.target})${r.note ? `  ${r.note}` : ''}\n`,
    );
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
