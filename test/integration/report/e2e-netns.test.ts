import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportModelSchema } from '../../../electron/engine/report';
import { pdfText } from './pdf-tools';

// The real CLI, run inside a fresh network namespace that has only a loopback interface:
// every packet the diagnosis sends stays inside it (no route to anywhere else exists).
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const canRun = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].some((p) => existsSync(p));
const isRoot = process.getuid?.() === 0;
const NS = `gd-rpt-${process.pid}`;
let dir = '';
let cli = '';
let server: ChildProcess | null = null;

const SERVER = `import { createServer } from 'node:http';
const page = '<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>nginx/1.22.1</center>\\r\\n</body>\\r\\n</html>\\r\\n';
createServer((q, s) => { s.writeHead(502, { server: 'nginx/1.22.1', 'content-type': 'text/html' }); s.end(page); }).listen(8502, '127.0.0.1');
createServer((q, s) => { s.writeHead(200, { 'content-type': 'text/plain' }); s.end('ok'); }).listen(8200, '127.0.0.1', () => console.log('ready'));
`;

async function diagnose(reportPath: string, ...extra: string[]): Promise<{ code: number; stderr: string }> {
  const args = [
    'netns',
    'exec',
    NS,
    process.execPath,
    cli,
    'diagnose',
    'http://127.0.0.1:8502/app?session=Q7secretSess1',
    '--resolvers',
    '127.0.0.1',
    '--control',
    'http://127.0.0.1:8200/',
    '--repeat',
    '2',
    '--timeout',
    '10',
    '--report',
    reportPath,
    ...extra,
  ];
  try {
    const { stderr } = await run('ip', args, { timeout: 90000 });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stderr: e.stderr ?? '' };
  }
}

describe.skipIf(!isRoot || !canRun)('diagnose --report end to end (isolated namespace, needs root)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gd-rpt-e2e-'));
    // Built next to node_modules so the bundle resolves its dependencies.
    const out = join(root, 'node_modules/.cache/gd-report-e2e');
    await mkdir(out, { recursive: true });
    await run(
      'npx',
      [
        'vite',
        'build',
        '--config',
        'electron/cli/vite.config.ts',
        '--outDir',
        out,
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      { cwd: root, timeout: 180000 },
    );
    cli = join(out, 'run.mjs');
    await writeFile(
      cli,
      "const { main } = await import('./index.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n",
    );
    await writeFile(join(dir, 'server.mjs'), SERVER);
    await run('ip', ['netns', 'add', NS]);
    await run('ip', ['-n', NS, 'link', 'set', 'lo', 'up']);
    server = spawn('ip', ['netns', 'exec', NS, process.execPath, join(dir, 'server.mjs')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      server?.stdout?.once('data', () => resolve());
      server?.once('exit', (code) => reject(new Error(`test server exited (${code})`)));
    });
  }, 240000);

  afterAll(async () => {
    server?.kill();
    await run('ip', ['netns', 'del', NS]).catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the four formats from a real diagnosis, redacted', async () => {
    for (const ext of ['html', 'md', 'json', 'pdf']) {
      const path = join(dir, `report.${ext}`);
      const r = await diagnose(path);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`Report written to ${path} (redacted)`);
      const text = ext === 'pdf' ? await pdfText(path) : await readFile(path, 'utf8');
      expect(text).not.toContain('Q7secretSess1');
      // session= names a credential (new policy): hidden as one, not as a plain query value.
      expect(text.replace(/\s+/g, '')).toContain('session=[credential-1]');
      if (hostname().length >= 3) expect(text.toLowerCase()).not.toContain(hostname().toLowerCase());
      if (ext === 'json') {
        const model = ReportModelSchema.parse(JSON.parse(text));
        expect(model.verdict.id).toBe('site-server-error');
        expect(model.failingResponse?.status).toBe(502);
        expect(model.failingResponse?.source).toBe('nginx');
        expect(model.redaction.counts.credential).toBe(1);
        // The site's own address is evidence and stays.
        expect(model.failingResponse?.address).toBe('127.0.0.1');
      }
    }
  }, 240000);

  it('--json prints what was typed without password, query values or fragment', async () => {
    const url = 'http://u:Pw9secret@127.0.0.1:8502/app?session=Q7secretSess1&x=1#fragQ7';
    const args = [
      'netns',
      'exec',
      NS,
      process.execPath,
      cli,
      'diagnose',
      url,
      '--resolvers',
      '127.0.0.1',
      '--control',
      'http://127.0.0.1:8200/',
      '--repeat',
      '1',
      '--timeout',
      '10',
      '--json',
    ];
    const { stdout } = await run('ip', args, { timeout: 90000 });
    const printed = JSON.parse(stdout) as { target: { input: string } };
    expect(printed.target.input).toBe('http://127.0.0.1:8502/app?session=&x=');
    // The password and the fragment were never sent, so they appear nowhere; the query stays in
    // target.url and the attempts, which are what was requested.
    for (const secret of ['Pw9secret', 'fragQ7']) expect(stdout).not.toContain(secret);
  }, 120000);

  it('--no-redact keeps the query token', async () => {
    const path = join(dir, 'raw.md');
    const r = await diagnose(path, '--no-redact');
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(path, 'utf8')).toContain('session=Q7secretSess1');
  }, 120000);
});
