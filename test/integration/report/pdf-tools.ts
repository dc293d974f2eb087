import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Chromium and poppler are in the CI image; without them these tests cannot say anything. */
export function pdfToolsAvailable(): { ok: boolean; reason: string } {
  const chromium = [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    process.env['CHROMIUM_PATH'] ?? '',
  ].some((p) => p && existsSync(p));
  if (!chromium) return { ok: false, reason: 'Chromium is not installed (apt-get install chromium)' };
  if (!existsSync('/usr/bin/pdftotext') || !existsSync('/usr/bin/pdftoppm'))
    return { ok: false, reason: 'poppler-utils is not installed' };
  return { ok: true, reason: '' };
}

/** The text of a PDF (pdftotext, layout kept). */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

export interface PageRaster {
  width: number;
  height: number;
  /** Pixels with any channel darker than 200 (ink). */
  inked: number;
}

/** Parses a binary PPM (P6, maxval 255) as pdftoppm writes it by default. */
export function parsePpm(buf: Buffer): PageRaster {
  const header: string[] = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[at] ?? 32))) at += 1;
    if (buf[at] === 0x23) {
      while (buf[at] !== 0x0a) at += 1;
      continue;
    }
    let token = '';
    while (at < buf.length && !/\s/.test(String.fromCharCode(buf[at] ?? 32)))
      token += String.fromCharCode(buf[at++] ?? 32);
    header.push(token);
  }
  at += 1; // the single whitespace after maxval
  const [magic, w, h, max] = header;
  if (magic !== 'P6' || max !== '255') throw new Error(`not a P6/255 PPM: ${header.join(' ')}`);
  const width = Number(w);
  const height = Number(h);
  let inked = 0;
  for (let i = at; i + 2 < buf.length; i += 3) {
    if ((buf[i] ?? 255) < 200 || (buf[i + 1] ?? 255) < 200 || (buf[i + 2] ?? 255) < 200) inked += 1;
  }
  if (buf.length - at !== width * height * 3) throw new Error('PPM pixel data has the wrong size');
  return { width, height, inked };
}

/** Rasterises every page with pdftoppm (PPM, low resolution) and measures the ink on each. */
export async function rasterisePdf(pdfPath: string, dpi = 50): Promise<PageRaster[]> {
  const dir = await mkdtemp(join(tmpdir(), 'gd-ppm-'));
  try {
    await run('pdftoppm', ['-r', String(dpi), pdfPath, join(dir, 'page')]);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ppm')).sort();
    return Promise.all(files.map(async (f) => parsePpm(await readFile(join(dir, f)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
