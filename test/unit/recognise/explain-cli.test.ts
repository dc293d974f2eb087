import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RecognitionSchema } from '../../../electron/contract/diagnosis';
import { textsEn } from '../../../electron/contract/values';
import { main } from '../../../electron/cli/index';
import type { CliIo } from '../../../electron/cli/io';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

function fakeIo(stdin: string | Error = ''): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTty: false,
    env: {},
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    readStdin: () => (stdin instanceof Error ? Promise.reject(stdin) : Promise.resolve(stdin)),
  };
  return io;
}

describe('gateway-doctor explain (in process)', () => {
  it('explains a phrase in two or three short lines', async () => {
    const io = fakeIo();
    expect(await main(['explain', 'HTTP Error 502.3 - Bad Gateway'], io)).toBe(0);
    const lines = io.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toContain('HTTP 502');
    expect(lines[0]).toContain('iis-502.3');
    expect(lines[1]).toBe("Who must act: the site's owner");
    expect(io.stderr).toBe('');
  });

  it('joins unquoted words and prints JSON with --json', async () => {
    const io = fakeIo();
    expect(await main(['explain', '--json', '0x80244021'], io)).toBe(0);
    const parsed = RecognitionSchema.parse(JSON.parse(io.stdout));
    expect(parsed).toMatchObject({ status: 502, source: 'windows-update', whoActs: 'you' });
    const io2 = fakeIo();
    expect(await main(['explain', 'Gateway', 'Time-out', '--json'], io2)).toBe(0);
    expect(JSON.parse(io2.stdout)).toMatchObject({ status: 504 });
  });

  it('reads a whole response from stdin with -', async () => {
    const io = fakeIo(readFileSync(`${ROOT}test/fixtures/pages/doc-cloudflare-522.http`, 'utf8'));
    expect(await main(['explain', '-', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual(
      expect.objectContaining({
        status: 522,
        source: 'cloudflare',
        variant: 'cloudflare-522',
        cdn: 'cloudflare',
        traceId: '7a1b2c3d4e5f6071-FRA',
        whoActs: 'site-owner',
      }),
    );
  });

  it('mentions the CDN and trace id in plain output', async () => {
    const io = fakeIo(
      readFileSync(`${ROOT}test/fixtures/pages/doc-cloudflare-origin-nginx-502.http`, 'utf8'),
    );
    expect(await main(['explain', '-'], io)).toBe(0);
    expect(io.stdout.split('\n')[0]).toBe(
      'HTTP 502 from nginx (nginx-bad-gateway), behind Cloudflare; trace id 8e4c2b1a9f3d7e63-CDG',
    );
  });

  it.each([
    [
      'doc-cloudflare-1020',
      'HTTP 403 from Cloudflare (cloudflare-1020); trace id 8a1b2c3d4e5f6789-FRA',
      'cloudflare-1020',
      "the site's owner",
    ],
    [
      'doc-cloudflare-1015',
      'HTTP 429 from Cloudflare (cloudflare-1015); trace id 8a1b2c3d4e5f6791-AMS',
      'cloudflare-1015',
      'you',
    ],
    [
      'doc-vercel-502',
      'HTTP 502 from Vercel (vercel-no-response-from-function); trace id fra1::iad1::8xk2p-1795331400000-0123456789ab',
      'vercel-no-response-from-function',
      "the site's owner",
    ],
    [
      'doc-aws-api-gateway-502',
      'HTTP 502 from Amazon API Gateway (aws-api-gateway-internal-error), behind Amazon CloudFront; trace id 1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
      'aws-api-gateway-internal-error',
      "the site's owner",
    ],
  ] as const)('prints what %s means, who acts and its trace id', async (name, first, meaning, who) => {
    const page = readFileSync(`${ROOT}test/fixtures/pages/${name}.http`, 'utf8');
    const io = fakeIo(page);
    expect(await main(['explain', '-'], io)).toBe(0);
    const lines = io.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(first);
    expect(lines[1]).toBe(`Who must act: ${who}`);
    expect(lines[2]).toContain(textsEn.pageCodes[meaning]);
    const json = fakeIo(page);
    expect(await main(['explain', '-', '--json'], json)).toBe(0);
    expect(RecognitionSchema.parse(JSON.parse(json.stdout)).meaning).toBe(meaning);
  });

  it('exits 0 with an honest answer when the text is not recognised', async () => {
    const io = fakeIo();
    expect(await main(['explain', '--json', 'my cat walked on the keyboard'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ status: null, source: 'unknown', whoActs: 'unknown' });
  });

  it.each([
    [['explain'], /nothing to explain/],
    [['explain', '   '], /nothing to explain/],
    [['explain', '--json'], /nothing to explain/],
    [['explain', '-'], /standard input was empty/],
    [['explain', '--frobnicate', '502'], /unknown option "--frobnicate"/],
    [['explain', '-', '502'], /not both/],
  ])('exits 2 on bad input %j', async (argv, message) => {
    const io = fakeIo('  \n');
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stdout).toBe('');
  });

  it('exits 2 when stdin cannot be read', async () => {
    const io = fakeIo(new Error('standard input is larger than 4 MiB'));
    expect(await main(['explain', '-'], io)).toBe(2);
    expect(io.stderr).toMatch(/larger than 4 MiB/);
  });

  it('prints help', async () => {
    const io = fakeIo();
    expect(await main(['explain', '--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/gateway-doctor explain -/);
  });
});

describe('gateway-doctor explain (real process)', () => {
  it('runs through bin.mjs after build:cli', async () => {
    await run('npm', ['run', 'build:cli'], { cwd: ROOT, timeout: 120_000 });
    const { stdout } = await run(
      process.execPath,
      ['electron/cli/bin.mjs', 'explain', '--json', 'HTTP Error 502.3 - Bad Gateway'],
      { cwd: ROOT, timeout: 30_000 },
    );
    expect(RecognitionSchema.parse(JSON.parse(stdout))).toMatchObject({
      status: 502,
      source: 'iis',
      variant: 'iis-502.3',
      whoActs: 'site-owner',
    });
    const empty = await run(process.execPath, ['electron/cli/bin.mjs', 'explain', ''], {
      cwd: ROOT,
      timeout: 30_000,
    }).catch((e: unknown) => e);
    expect(empty).toMatchObject({ code: 2 });
  }, 150_000);
});

describe('gateway-doctor explain first line', () => {
  it.each([
    ['502', 'HTTP 502 from an unrecognised server'],
    ['hello', 'Not recognised as an HTTP error'],
    [
      'ERR_PROXY_CONNECTION_FAILED',
      "Your browser's own error, no answer from the site (browser-proxy-failed)",
    ],
    ['0x80244021', 'Windows Update error, HTTP 502 on the way to Microsoft (windows-update-0x80244021)'],
  ])('%s', async (text, first) => {
    const io = fakeIo();
    expect(await main(['explain', text], io)).toBe(0);
    expect(io.stdout.split('\n')[0]).toBe(first);
  });
});
