import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReportFile } from '../../../electron/engine/report';
import { ALL_SEEDED, loadResult, SEEDED } from '../../unit/report/fixtures';
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

  it.each(FORMATS)('redaction on: no seeded value in the %s export', async (format) => {
    const path = join(dir, `on.${format}`);
    await writeReportFile(result, path, { redact: true });
    const text = await readable(path);
    expect(text.length).toBeGreaterThan(500);
    for (const v of ALL_SEEDED) {
      expect(text.toLowerCase()).not.toContain(v.toLowerCase());
      expect(squash(text).toLowerCase()).not.toContain(v.toLowerCase());
    }
    // The placeholders are there instead, so the report stays readable.
    for (const p of ['[public-ip-1]', '[mac-1]', '[hostname-1]', '[user-1]', '[query-1]']) expect(squash(text)).toContain(p);
    // Useful values survive: the router's private address, the CDN ray id, the public resolvers.
    for (const keep of ['192.168.1.1', '8e4f2c1a9b3d7f60-FRA', '1.1.1.1']) expect(squash(text)).toContain(keep);
  }, 60000);

  it.each(FORMATS)('redaction off: every seeded value is in the %s export', async (format) => {
    const path = join(dir, `off.${format}`);
    await writeReportFile(result, path, { redact: false });
    const text = squash(await readable(path));
    for (const v of ALL_SEEDED) expect(text, `${v} in ${format}`).toContain(v);
    expect(text).not.toContain('[public-ip-1]');
  }, 60000);

  it.each(Object.keys(SEEDED))('redaction of %s alone hides only that kind', async (kind) => {
    const { exportReport } = await import('../../../electron/engine/report');
    const bytes = await exportReport(result, 'md', { redaction: { enabled: true, kinds: [kind as keyof typeof SEEDED] } });
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
