import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { currentOs } from '../platform/os';

/** Thrown when PDF export needs a browser that is not installed. */
export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

const INSTALL_HINT =
  'PDF export outside the app needs Chromium (or Google Chrome), and none was found. Install it (Debian/Ubuntu: "sudo apt-get install chromium") ' +
  'or set CHROMIUM_PATH to its executable. HTML, Markdown and JSON reports work without it.';

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the Chromium executable: an explicit path, then CHROMIUM_PATH, then the usual install
 * places. Throws {@link ChromiumMissingError} naming the browser and how to install it.
 */
export async function findChromium(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: string = currentOs(),
): Promise<string> {
  const wanted = explicit ?? env.CHROMIUM_PATH;
  if (wanted) {
    if (await isExecutable(wanted)) return wanted;
    throw new ChromiumMissingError(`Chromium was not found at "${wanted}". ${INSTALL_HINT}`);
  }
  for (const candidate of CANDIDATES[platform] ?? []) if (await isExecutable(candidate)) return candidate;
  throw new ChromiumMissingError(INSTALL_HINT);
}

/** The argv for one headless print: fresh profile, no network, no first-run or sync chatter. */
export function chromiumPrintArgs(profileDir: string, pdfPath: string, htmlUrl: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-breakpad',
    '--disable-dev-shm-usage',
    '--mute-audio',
    '--hide-scrollbars',
    // The report is self-contained: refuse every name lookup so nothing can leave the machine.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${profileDir}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdfPath}`,
    htmlUrl,
  ];
}

function run(
  file: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024, windowsHide: true },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stderr: String(stderr) });
      },
    );
  });
}

/**
 * Prints HTML to PDF with headless Chromium (CLI and tests; the app uses Electron's
 * printToPDF instead). The HTML is loaded from a temporary file:// URL.
 */
export async function renderPdfWithChromium(
  html: string,
  o: { chromiumPath?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Buffer> {
  const chromium = await findChromium(o.chromiumPath, o.env ?? process.env);
  const dir = await mkdtemp(join(tmpdir(), 'gateway-doctor-pdf-'));
  try {
    const htmlPath = join(dir, 'report.html');
    const pdfPath = join(dir, 'report.pdf');
    await writeFile(htmlPath, html, 'utf8');
    const result = await run(
      chromium,
      chromiumPrintArgs(join(dir, 'profile'), pdfPath, pathToFileURL(htmlPath).href),
      o.timeoutMs ?? 60000,
    );
    let pdf: Buffer;
    try {
      pdf = await readFile(pdfPath);
    } catch {
      const tail = result.stderr.trim().split('\n').slice(-3).join(' ');
      throw new Error(
        `Chromium did not produce a PDF (exit ${result.code ?? 'killed'})${tail ? `: ${tail}` : ''}`,
      );
    }
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new Error('Chromium wrote something that is not a PDF.');
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
