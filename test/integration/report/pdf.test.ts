import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReport,
  ChromiumMissingError,
  chromiumPrintArgs,
  DEFAULT_REDACTION,
  findChromium,
  renderChecked,
  renderPdfWithChromium,
  writeReportFile,
} from '../../../electron/engine/report';
import { loadResult } from '../../unit/report/fixtures';
import { parsePpm, pdfText, pdfToolsAvailable, rasterisePdf } from './pdf-tools';

let dir = '';
beforeAll(async () => {
  const tools = pdfToolsAvailable();
  if (!tools.ok) throw new Error(`The PDF tests need ${tools.reason}`);
  dir = await mkdtemp(join(tmpdir(), 'gd-pdf-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(['site-502-cloudflare', 'isp-path-degraded'] as const)('PDF of %s', (name) => {
  it('is printed by Chromium from the same HTML, has pages, and none is blank', async () => {
    const model = buildReport(loadResult(name), { redaction: DEFAULT_REDACTION });
    const html = renderChecked(model, 'html');
    const pdf = await renderPdfWithChromium(html);
    const path = join(dir, `${name}.pdf`);
    await writeFile(path, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Same HTML: the verdict title and headline come out as the PDF's first text.
    const text = (await pdfText(path)).replace(/\s+/g, ' ');
    expect(text.indexOf(model.verdict.title)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(model.verdict.title)).toBeLessThan(text.indexOf('When, what and from where'));
    expect(text).toContain(model.verdict.headline.slice(0, 30));

    const pages = await rasterisePdf(path);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      // A4 at 50 dpi is about 413 x 585 pixels.
      expect(p.width).toBeGreaterThan(380);
      expect(p.height).toBeGreaterThan(550);
      expect(p.inked / (p.width * p.height)).toBeGreaterThan(0.005);
    }
    // The first page holds the verdict box and facts table: clearly more than a stray line.
    expect((pages[0]?.inked ?? 0) / ((pages[0]?.width ?? 1) * (pages[0]?.height ?? 1))).toBeGreaterThan(0.03);
  }, 90000);
});

describe('Chromium discovery and flags', () => {
  it('names the missing browser and how to install it', async () => {
    await expect(findChromium(undefined, { CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      ChromiumMissingError,
    );
    await expect(findChromium(undefined, {}, 'plan9')).rejects.toThrow(
      /Chromium.*apt-get install chromium.*CHROMIUM_PATH/s,
    );
    const path = join(dir, 'never.pdf');
    await expect(
      writeReportFile(loadResult('site-502-cloudflare'), path, {
        redact: true,
        chromiumPath: '/nonexistent/chromium',
      }),
    ).rejects.toThrow(/Chromium was not found at "\/nonexistent\/chromium"/);
  });

  it('runs headless with a fresh profile and no network', () => {
    const args = chromiumPrintArgs('/tmp/p', '/tmp/o.pdf', 'file:///tmp/r.html');
    for (const flag of [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ]) {
      expect(args).toContain(flag);
    }
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args).toContain('--print-to-pdf=/tmp/o.pdf');
    expect(args.at(-1)).toBe('file:///tmp/r.html');
  });

  it('parses PPM and counts ink', () => {
    const header = Buffer.from('P6\n2 1\n255\n', 'latin1');
    const white = parsePpm(Buffer.concat([header, Buffer.from([255, 255, 255, 255, 255, 255])]));
    const inked = parsePpm(Buffer.concat([header, Buffer.from([255, 255, 255, 10, 20, 30])]));
    expect([white.inked, inked.inked]).toEqual([0, 1]);
    expect(() => parsePpm(Buffer.concat([header, Buffer.from([1, 2])]))).toThrow(/wrong size/);
  });
});
