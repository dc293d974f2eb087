// `npm run bench`: time to verdict per lab scenario (whole CLI process, median of N runs) beside the
// sequential manual checklist a person would type, measured in the same lab run. Prints a table and
// writes test/bench/results/bench.json. Needs root and the lab (see test/lab/lab.sh).
//
// Options (environment):
//   BENCH_SCENARIOS=a,b   only these scenarios          BENCH_RUNS=3     CLI runs per scenario
//   BENCH_CAP_S=60        stop waiting for one manual command after this many seconds (noted as capped)
//   BENCH_NO_MANUAL=1     skip the manual checklist     BENCH_KEEP_LAB=1 leave the lab up afterwards
//   BENCH_PENDING=1       also the pending scenarios (scenarios.json "pending": the engine does not reach
//                         their verdict yet; skipped by default unless named in BENCH_SCENARIOS)
//
// Extra rows (hook for other parts of the project, e.g. the renderer's bundle size and first render):
// every test/bench/extra/*.mjs may export `async function benchRows(ctx)` returning
// [{ name, value, unit, target?, ok?, note? }]. They are printed after the scenario table and saved
// under "extra" in bench.json. ctx = { repoRoot, resultsDir }.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const labScript = fileURLToPath(new URL('../lab/lab.sh', import.meta.url));
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const extraDir = fileURLToPath(new URL('./extra/', import.meta.url));
const labData = JSON.parse(readFileSync(new URL('../lab/scenarios.json', import.meta.url), 'utf8'));

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CAP_S = Number(process.env.BENCH_CAP_S ?? 60);
const only = (process.env.BENCH_SCENARIOS ?? '').split(',').filter((s) => s !== '');
const withPending = process.env.BENCH_PENDING === '1';
const labState = process.env.GD_LAB_STATE ?? '/tmp/gd-lab';
const scenarios = labData.scenarios
  .filter((s) => (only.length === 0 ? withPending || s.pending !== true : only.includes(s.name)))
  // Env values may name the lab's state dir as $GD_LAB_STATE (the lab CA's certificate).
  .map((s) => ({
    ...s,
    env: Object.fromEntries(
      Object.entries(s.env).map(([k, v]) => [k, v.replaceAll('$GD_LAB_STATE', labState)]),
    ),
  }));

const PROXY_VARS = [
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
];
function env(extra = {}) {
  const e = Object.fromEntries(Object.entries(process.env).filter(([k]) => !PROXY_VARS.includes(k)));
  e.PATH = `${e.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`;
  return { ...e, ...extra };
}

/** Runs a command; resolves with its exit code, output and wall time (ms). Never rejects. */
function run(file, args, { extraEnv = {}, timeoutMs = 120_000 } = {}) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: repoRoot, env: env(extraEnv), timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const ms = performance.now() - t0;
        const capped = Boolean(err && err.killed);
        const code = err ? (typeof err.code === 'number' ? err.code : capped ? null : 1) : 0;
        resolve({ code, stdout, stderr, ms, capped });
      },
    );
  });
}
const inPc = (argv, opts) => run('ip', ['netns', 'exec', labData.lab.pcNamespace, ...argv], opts);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sec = (ms) => (ms / 1000).toFixed(2);

/** Holds the lab session lock (see test/lab/lab.ts acquireLabSession) until this process ends. */
async function acquireLabSession() {
  const lock = process.env.GD_LAB_SESSION_LOCK ?? '/tmp/gd-lab.session.lock';
  const child = spawn('flock', ['-w', '300', lock, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    env: env(),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('error', reject);
    child.once('exit', () => reject(new Error(`the lab is in use by a test or another bench run (${lock})`)));
  });
  return () => child.stdin.end();
}

async function lab(...args) {
  const r = await run('bash', [labScript, ...args], {
    timeoutMs: 180_000,
    extraEnv: { GD_LAB_IN_SESSION: '1' },
  });
  if (r.code !== 0) throw new Error(`lab.sh ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r;
}

/** The checklist from the engine issue, one command after the other, each with its usual defaults. */
function manualChecklist(s) {
  const host = new URL(s.url).hostname;
  return [
    ['ping the gateway', ['ping', '-c', '4', labData.lab.router], {}],
    ['dig, system resolver', ['dig', host], {}],
    ['dig, alternative resolver', ['dig', `@${labData.lab.resolvers.alternatives[0]}`, host], {}],
    // A person's curl uses their proxy settings too.
    ['curl the site', ['curl', '-s', '-o', '/dev/null', s.url], s.env],
    ['traceroute to the site', ['traceroute', host], {}],
  ];
}

async function benchScenario(s) {
  process.stderr.write(`bench: ${s.name} ...`);
  const row = {
    scenario: s.name,
    expected: s.verdict,
    pending: s.pending === true,
    url: s.url,
    selfcheck: 'ok',
    runs: [],
    verdicts: [],
    cliMedianMs: null,
    // the engine's own time to the verdict (result.durationMs), without Node's start-up
    verdictRuns: [],
    verdictMedianMs: null,
    manual: [],
    manualMs: null,
    manualCapped: false,
  };
  try {
    await lab('scenario', s.name);
  } catch (e) {
    row.selfcheck =
      String(e.message)
        .split('\n')
        .filter((l) => l.startsWith('FAIL'))
        .join('; ') || 'failed';
  }
  for (let i = 0; i < RUNS; i++) {
    const r = await inPc(
      [process.execPath, 'electron/cli/bin.mjs', 'diagnose', s.url, '--json', ...labData.cliArgs],
      { extraEnv: s.env, timeoutMs: 60_000 },
    );
    let verdict = `error (exit ${r.code})`;
    try {
      const result = JSON.parse(r.stdout);
      verdict = result.verdict.id;
      if (typeof result.durationMs === 'number') row.verdictRuns.push(Math.round(result.durationMs));
    } catch {
      /* keep the error text */
    }
    row.runs.push(Math.round(r.ms));
    row.verdicts.push(verdict);
  }
  row.cliMedianMs = Math.round(median(row.runs));
  row.verdictMedianMs = row.verdictRuns.length ? Math.round(median(row.verdictRuns)) : null;
  if (process.env.BENCH_NO_MANUAL !== '1') {
    let total = 0;
    for (const [step, argv, extraEnv] of manualChecklist(s)) {
      const r = await inPc(argv, { extraEnv, timeoutMs: CAP_S * 1000 });
      row.manual.push({
        step,
        command: argv.join(' '),
        ms: Math.round(r.ms),
        exit: r.code,
        capped: r.capped,
      });
      row.manualCapped ||= r.capped;
      total += r.ms;
    }
    row.manualMs = Math.round(total);
  }
  process.stderr.write(
    ` ${row.verdicts.join(',')} ${sec(row.cliMedianMs)} s${row.manualMs === null ? '' : ` / manual ${sec(row.manualMs)} s`}\n`,
  );
  return row;
}

async function extraRows() {
  if (!existsSync(extraDir)) return [];
  const rows = [];
  for (const f of readdirSync(extraDir)
    .filter((n) => n.endsWith('.mjs'))
    .sort()) {
    try {
      const mod = await import(pathToFileURL(`${extraDir}${f}`).href);
      if (typeof mod.benchRows === 'function') {
        for (const r of await mod.benchRows({ repoRoot, resultsDir })) rows.push({ source: f, ...r });
      }
    } catch (e) {
      rows.push({ source: f, name: `${f} failed`, value: null, unit: '', note: String(e?.message ?? e) });
    }
  }
  return rows;
}

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function printTable(rows, summary) {
  const head = [
    'scenario',
    'expected verdict',
    'CLI verdict',
    'verdict s',
    'CLI median s',
    'runs s',
    'manual s',
    'x faster',
  ];
  const widths = [22, 22, 22, 9, 12, 18, 10, 8];
  const line = (cells) => cells.map((c, i) => pad(c, widths[i])).join(' ');
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) {
    const verdicts = [...new Set(r.verdicts)].join('/');
    const mark = r.verdicts.every((v) => v === r.expected) ? '' : r.pending ? ' (pending)' : ' !';
    console.log(
      line([
        r.scenario,
        r.expected,
        verdicts + mark,
        r.verdictMedianMs === null ? '-' : sec(r.verdictMedianMs),
        sec(r.cliMedianMs),
        r.runs.map(sec).join(' '),
        r.manualMs === null ? '-' : `${r.manualCapped ? '>' : ''}${sec(r.manualMs)}`,
        r.manualMs === null ? '-' : (r.manualMs / r.cliMedianMs).toFixed(1),
      ]),
    );
  }
  console.log('');
  console.log(`verdicts as expected: ${summary.verdictsOk}/${rows.length} scenarios`);
  console.log(
    `slowest verdict (engine, median): ${sec(summary.verdictMaxMs)} s (goal <= 3 s; a server's own wait such as a 2 s proxy timeout may add itself)`,
  );
  console.log(
    `median verdict time: ${sec(summary.verdictMedianMs)} s (goal <= 1.2 s: ${summary.verdictMedianMs <= 1200 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `slowest CLI median: ${sec(summary.maxMs)} s (goal <= 3 s: ${summary.maxMs <= 3000 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `median of CLI medians: ${sec(summary.medianMs)} s (goal <= 1.5 s: ${summary.medianMs <= 1500 ? 'met' : 'NOT met'})`,
  );
  if (summary.manualTotalMs !== null) {
    console.log(
      `total: CLI ${sec(summary.cliTotalMs)} s vs manual checklist ${summary.manualCapped ? '>' : ''}${sec(summary.manualTotalMs)} s = ${summary.speedup.toFixed(1)}x (goal >= 5x: ${summary.speedup >= 5 ? 'met' : 'NOT met'})`,
    );
    if (summary.manualCapped)
      console.log(
        `(">": some manual commands were stopped after ${CAP_S} s, so the manual times are lower bounds)`,
      );
  }
}

async function main() {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error('bench: the lab needs root.');
    process.exit(1);
  }
  const release = await acquireLabSession();
  const rows = [];
  try {
    await lab('up');
    for (const s of scenarios) rows.push(await benchScenario(s));
  } finally {
    if (process.env.BENCH_KEEP_LAB !== '1') await lab('down');
    release();
  }
  const medians = rows.map((r) => r.cliMedianMs);
  const cliTotalMs = medians.reduce((a, b) => a + b, 0);
  const manualTotalMs = rows.every((r) => r.manualMs !== null)
    ? rows.reduce((a, r) => a + r.manualMs, 0)
    : null;
  const summary = {
    verdictsOk: rows.filter((r) => r.verdicts.every((v) => v === r.expected)).length,
    maxMs: Math.max(...medians),
    verdictMaxMs: Math.max(...rows.map((r) => r.verdictMedianMs ?? 0)),
    verdictMedianMs: median(rows.map((r) => r.verdictMedianMs ?? 0)),
    medianMs: median(medians),
    cliTotalMs,
    manualTotalMs,
    manualCapped: rows.some((r) => r.manualCapped),
    speedup: manualTotalMs === null ? null : manualTotalMs / cliTotalMs,
  };
  printTable(rows, summary);
  const extra = await extraRows();
  if (extra.length > 0) {
    console.log('\nextra rows');
    for (const r of extra) {
      const verdict = r.ok === undefined ? '' : r.ok ? ' (ok)' : ' (NOT ok)';
      console.log(
        `  ${pad(r.name, 40)} ${pad(`${r.value ?? '-'} ${r.unit ?? ''}`, 16)}${r.target ? ` target ${r.target}` : ''}${verdict}${r.note ? `  ${r.note}` : ''}`,
      );
    }
  }
  mkdirSync(resultsDir, { recursive: true });
  const out = {
    createdAt: new Date().toISOString(),
    host: { node: process.version, platform: process.platform },
    runsPerScenario: RUNS,
    manualCapSeconds: CAP_S,
    cliArgs: labData.cliArgs,
    scenarios: rows,
    summary,
    extra,
  };
  writeFileSync(`${resultsDir}bench.json`, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nwritten: ${resultsDir}bench.json`);
}

await main();
