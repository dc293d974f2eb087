import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textsDe, textsEn } from '../../../electron/contract';
import { main } from '../../../electron/cli/index';
import type { CliIo } from '../../../electron/cli/io';
import { ALL_SEEDED } from '../../unit/report/fixtures';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/results/${name}.json`, import.meta.url));
let dir = '';

function io(env: NodeJS.ProcessEnv = {}, stdin = ''): CliIo & { stdout: string; stderr: string } {
  const self = {
    stdout: '',
    stderr: '',
    errIsTty: false,
    env,
    out: (t: string) => void (self.stdout += t),
    err: (t: string) => void (self.stderr += t),
    readStdin: async () => stdin,
  };
  return self;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gd-cli-report-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('gateway-doctor report', () => {
  it('writes a redacted report in the format of the extension', async () => {
    const out = join(dir, 'r.md');
    const t = io();
    expect(await main(['report', fixture('leak-seeded'), out], t)).toBe(0);
    expect(t.stderr).toMatch(/Report written to .*r\.md \(redacted\)/);
    const text = await readFile(out, 'utf8');
    expect(text.startsWith(`# ${textsEn.verdicts['site-server-error'].title}`)).toBe(true);
    for (const v of ALL_SEEDED) expect(text).not.toContain(v);
  });

  it('--no-redact keeps the values; stdin works', async () => {
    const out = join(dir, 'raw.json');
    const t = io({}, await readFile(fixture('leak-seeded'), 'utf8'));
    expect(await main(['report', '-', out, '--no-redact'], t)).toBe(0);
    const text = await readFile(out, 'utf8');
    for (const v of ALL_SEEDED) expect(text).toContain(v);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1, redaction: { enabled: false } });
  });

  it('exits 2 for an unknown extension or a file that is not a diagnosis, writing nothing', async () => {
    const t = io();
    expect(await main(['report', fixture('leak-seeded'), join(dir, 'r.txt')], t)).toBe(2);
    expect(t.stderr).toMatch(/\.html, \.md, \.json or \.pdf/);
    expect(existsSync(join(dir, 'r.txt'))).toBe(false);
    const bad = io({}, '{"schemaVersion":1}');
    expect(await main(['report', '-', join(dir, 'x.html')], bad)).toBe(2);
    expect(bad.stderr).toMatch(/not a diagnosis result/);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  it('--lang de (or a German LANG) writes the report in German; --lang en wins over LANG', async () => {
    const md = join(dir, 'bericht.md');
    const t = io();
    expect(await main(['report', fixture('isp-path-degraded'), md, '--lang', 'de'], t)).toBe(0);
    const text = await readFile(md, 'utf8');
    expect(text.startsWith(`# ${textsDe.verdicts['isp-path-degraded'].title}`)).toBe(true);
    expect(text).toContain(`**Für: ${textsDe.recipients.isp.label}**`);
    expect(text).toContain(`## ${textsDe.report.trace.title}`);
    expect(text).not.toContain(textsEn.report.why.title);
    const html = join(dir, 'bericht.html');
    expect(await main(['report', fixture('isp-path-degraded'), html], io({ LANG: 'de_DE.UTF-8' }))).toBe(0);
    expect(await readFile(html, 'utf8')).toContain('<html lang="de">');
    const json = join(dir, 'report-en.json');
    expect(
      await main(['report', '--lang=en', fixture('isp-path-degraded'), json], io({ LANG: 'de_DE.UTF-8' })),
    ).toBe(0);
    expect(JSON.parse(await readFile(json, 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('exits 2 for an unknown --lang, writing nothing', async () => {
    const t = io();
    const out = join(dir, 'fr.md');
    expect(await main(['report', fixture('isp-path-degraded'), out, '--lang', 'fr'], t)).toBe(2);
    expect(t.stderr).toBe('gateway-doctor report: --lang takes one of en, de (got "fr").\n');
    expect(existsSync(out)).toBe(false);
  });

  it('--schema prints the JSON Schema the .json report follows', async () => {
    const t = io();
    expect(await main(['report', '--schema'], t)).toBe(0);
    const schema = JSON.parse(t.stdout) as {
      $schema: string;
      properties: { schemaVersion: { const: number } };
    };
    expect(schema.$schema).toMatch(/json-schema\.org\/draft\/2020-12/);
    expect(schema.properties.schemaVersion.const).toBe(1);
  });

  it('names the missing browser when a PDF cannot be printed', async () => {
    const t = io({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(await main(['report', fixture('site-502-cloudflare'), join(dir, 'r.pdf')], t)).toBe(1);
    expect(t.stderr).toMatch(/Chromium was not found at "\/nonexistent\/chromium".*apt-get install chromium/);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it('prints a PDF with Chromium', async () => {
    const out = join(dir, 'r.pdf');
    expect(await main(['report', fixture('isp-path-degraded'), out], io())).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60000);
});

describe('gateway-doctor diagnose --report', () => {
  // Only the argument checks run here: they fail before any check sends a packet.
  it('exits 2 for a report file with an unknown extension, before diagnosing', async () => {
    const t = io();
    expect(await main(['diagnose', 'http://127.0.0.1:9/', '--report', join(dir, 'r.docx')], t)).toBe(2);
    expect(t.stderr).toMatch(
      /gateway-doctor diagnose: cannot tell the report format from ".*r\.docx": use a file name ending in \.html, \.md, \.json or \.pdf/,
    );
  });

  it('exits 2 for --no-redact without --report and for --report without a file', async () => {
    const a = io();
    expect(await main(['diagnose', 'http://127.0.0.1:9/', '--no-redact'], a)).toBe(2);
    expect(a.stderr).toMatch(/--no-redact only makes sense with --report/);
    const b = io();
    expect(await main(['diagnose', 'http://127.0.0.1:9/', '--report'], b)).toBe(2);
    expect(b.stderr).toMatch(/--report needs a file name/);
  });

  it('documents the options in its help', async () => {
    const t = io();
    expect(await main(['diagnose', '--help'], t)).toBe(0);
    expect(t.stdout).toMatch(/--report <file>/);
    expect(t.stdout).toMatch(/--no-redact/);
    expect(t.stdout).toMatch(/--lang en\|de/);
    const r = io();
    expect(await main(['report', '--help'], r)).toBe(0);
    expect(r.stdout).toMatch(/--lang en\|de/);
  });

  it('exits 2 for an unknown --lang, before diagnosing', async () => {
    const t = io();
    expect(await main(['diagnose', 'http://127.0.0.1:9/', '--lang', 'xx'], t)).toBe(2);
    expect(t.stderr).toBe('gateway-doctor diagnose: --lang takes one of en, de (got "xx").\n');
  });
});
