import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport, writeReportFile } from '../../../electron/engine/report';
import { ALL_SEEDED, loadResult, SEEDED } from '../../unit/report/fixtures';
import { KEPT, SEEDS, seededResult } from '../../unit/report/seeds';
import { pdfText, pdfToolsAvailable } from './pdf-tools';

const FORMATS = ['html', 'md', 'json', 'pdf'] as const;
let dir = '';

/** What a reader (or a search) would find in the file: PDF through pdftotext, the rest as text. */
async function readable(path: string): Promise<string> {
  return path.endsWith('.pdf') ? pdfText(path) : readFile(path, 'utf8');
}

// Wrapped lines in a PDF can split a value; compare with all whitespace removed as well.
const squash = (s: string): string => s.replace(/\s+/g, '');

beforeAll(async () => {
  const tools = pdfToolsAvailable();
  if (!tools.ok) throw new Error(`The PDF leak test needs ${tools.reason}`);
  dir = await mkdtemp(join(tmpdir(), 'gd-leak-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('leak test: a result seeded with a public IP, a MAC, the host name, a user name and a query token', () => {
  const result = loadResult('leak-seeded');

  it('the fixture really carries every seeded value', () => {
    const raw = JSON.stringify(result);
    for (const v of ALL_SEEDED) expect(raw).toContain(v);
  });

  it.each(FORMATS)(
    'redaction on: no seeded value in the %s export',
    async (format) => {
      const path = join(dir, `on.${format}`);
      await writeReportFile(result, path, { redact: true });
      const text = await readable(path);
      expect(text.length).toBeGreaterThan(500);
      for (const v of ALL_SEEDED) {
        expect(text.toLowerCase()).not.toContain(v.toLowerCase());
        expect(squash(text).toLowerCase()).not.toContain(v.toLowerCase());
      }
      // The placeholders are there instead, so the report stays readable.
      for (const p of ['[public-ip-1]', '[mac-1]', '[hostname-1]', '[user-1]', '[query-1]'])
        expect(squash(text)).toContain(p);
      // Useful values survive: the router's private address, the CDN ray id, the public resolvers.
      for (const keep of ['192.168.1.1', '8e4f2c1a9b3d7f60-FRA', '1.1.1.1'])
        expect(squash(text)).toContain(keep);
    },
    60000,
  );

  it.each(FORMATS)(
    'redaction off: every seeded value is in the %s export',
    async (format) => {
      const path = join(dir, `off.${format}`);
      await writeReportFile(result, path, { redact: false });
      const text = squash(await readable(path));
      for (const v of ALL_SEEDED) expect(text, `${v} in ${format}`).toContain(v);
      expect(text).not.toContain('[public-ip-1]');
    },
    60000,
  );

  it.each(Object.keys(SEEDED))('redaction of %s alone hides only that kind', async (kind) => {
    const { exportReport } = await import('../../../electron/engine/report');
    const bytes = await exportReport(result, 'md', {
      redaction: { enabled: true, kinds: [kind as keyof typeof SEEDED] },
    });
    const text = bytes.toString('utf8');
    for (const [k, values] of Object.entries(SEEDED)) {
      for (const v of values) {
        // The token= value is a credential: hidden whenever redaction is on, whatever kind is chosen.
        if (k === kind || v === 'Zx81SecretTok42') expect(text).not.toContain(v);
        // The MAC/host/user/query seeds never contain another kind's value, so they stay.
        else expect(text).toContain(v);
      }
    }
  });
});

describe(`leak test: ${SEEDS.length} seeded kinds of private value, four formats`, () => {
  const result = seededResult();

  it('seeds at least 30 kinds, and the fixture carries each one', () => {
    expect(new Set(SEEDS.map((s) => s.form)).size).toBeGreaterThanOrEqual(30);
    const raw = JSON.stringify(result).toLowerCase().replace(/\\\\/g, '\\');
    for (const s of SEEDS) expect(raw, s.form).toContain(s.value.toLowerCase());
  });

  it.each(FORMATS)(
    'redaction on: none of the seeds is in the %s export, the evidence is',
    async (format) => {
      const path = join(dir, `seeded-on.${format}`);
      await writeReportFile(result, path, { redact: true });
      const text = (await readable(path)).toLowerCase();
      const flat = squash(text);
      const leaked = SEEDS.filter(
        (s) => text.includes(s.value.toLowerCase()) || flat.includes(squash(s.value.toLowerCase())),
      );
      expect(leaked.map((s) => `${s.form}: ${s.value}`)).toEqual([]);
      // The host name in its other spellings is gone too.
      for (const variant of ['zephyr-ws42', 'zephyr_ws42']) expect(flat).not.toContain(variant);
      for (const keep of KEPT) expect(flat, keep).toContain(keep.toLowerCase());
    },
    60000,
  );

  it('redaction off: every seed is in the Markdown export', async () => {
    const bytes = await exportReport(result, 'md', { redaction: { enabled: false, kinds: [] } });
    const text = bytes.toString('utf8').toLowerCase().replace(/\\(.)/g, '$1');
    const missing = SEEDS.filter((s) => !text.includes(s.value.toLowerCase()));
    expect(missing.map((s) => s.form)).toEqual([]);
  });
});
