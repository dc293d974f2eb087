import { describe, expect, it, vi } from 'vitest';
import { REDACTION_KINDS, textsDe, textsEn } from '../../../electron/contract';
import type { DiagnosisResult } from '../../../electron/contract';
import type { MainContext } from '../../../electron/main/handlers/context';
import {
  createReportHandlers,
  defaultReportName,
  savedFileLabel,
} from '../../../electron/main/handlers/report';
import { createHistoryStore, createMemoryBacking } from '../../../electron/main/history-store';
import { createDispatcher } from '../../../electron/main/ipc-dispatch';
import type { ChannelHandlers } from '../../../electron/contract';
import { ALL_SEEDED, loadResult } from './fixtures';

const ON = { enabled: true, kinds: [...REDACTION_KINDS] };
const OFF = { enabled: false, kinds: [] };
const CTX = { senderId: 1 };
const RUN = 'run-2026-11-21-leakseed';
const EN = { runId: RUN, redaction: ON, lang: 'en' } as const;

function setup(savePath: string | null = '/picked/report.html', results: DiagnosisResult[] = []) {
  const history = createHistoryStore(createMemoryBacking());
  history.add(loadResult('leak-seeded'));
  for (const r of results) history.add(r);
  const written: { path: string; bytes: Uint8Array }[] = [];
  const copied: string[] = [];
  const mailed: string[] = [];
  const ctx: MainContext = {
    sink: vi.fn(),
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    history,
    appVersion: '0.1.0',
    openExternal: vi.fn(async () => false),
    notify: vi.fn(),
    chooseSavePath: vi.fn(async () => savePath),
    copyText: (text) => void copied.push(text),
    htmlToPdf: vi.fn(async (html: string) =>
      new TextEncoder().encode(`%PDF-1.4 fake of ${html.length} bytes`),
    ),
    confirmSystemChange: vi.fn(async () => false),
  };
  const handlers = createReportHandlers(ctx, {
    writeFile: async (path, bytes) => void written.push({ path, bytes }),
    openMailto: async (url) => {
      mailed.push(url);
      return true;
    },
    homeDir: () => '/home/jdoe42',
  });
  return { ctx, handlers, written, copied, mailed };
}

function mailParts(url: string): { subject: string; body: string } {
  const params = new URL(url).searchParams;
  return { subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

describe('report handlers (main)', () => {
  it('preview returns redacted HTML, Markdown and summary with counts', async () => {
    const { handlers } = setup();
    const p = await handlers['report:preview'](EN, CTX);
    for (const text of [p.html, p.markdown, p.summary])
      for (const v of ALL_SEEDED) expect(text).not.toContain(v);
    expect(p.redacted).toMatchObject({
      'public-ip': 2,
      mac: 1,
      hostname: 1,
      username: 1,
      query: 2,
      credential: 1,
    });
    const raw = await handlers['report:preview']({ ...EN, redaction: OFF }, CTX);
    expect(raw.html).toContain('zephyr-ws42');
  });

  it('preview, save and copy speak the window language', async () => {
    const { handlers, written, copied } = setup('/picked/bericht.md');
    const p = await handlers['report:preview']({ ...EN, lang: 'de' }, CTX);
    expect(p.html).toContain('<html lang="de">');
    expect(p.html).toContain(textsDe.verdicts['site-server-error'].title);
    expect(p.html).toContain(textsDe.report.why.title);
    expect(p.html).not.toContain(textsEn.report.why.title);
    await handlers['report:save']({ ...EN, lang: 'de' }, CTX);
    const text = new TextDecoder().decode(written[0]?.bytes);
    expect(text).toContain(`## ${textsDe.report.checks.title}`);
    await handlers['report:copy']({ ...EN, lang: 'de' }, CTX);
    expect(copied[0]).toContain(textsDe.report.facts.title);
  });

  it('save writes only to the path the user picked, in the format of its extension', async () => {
    const { handlers, written, ctx } = setup('/picked/for-isp.md');
    const r = await handlers['report:save'](EN, CTX);
    expect(r).toEqual({ saved: true, format: 'md' });
    expect(written.map((w) => w.path)).toEqual(['/picked/for-isp.md']);
    const text = new TextDecoder().decode(written[0]?.bytes);
    expect(text.startsWith(`# ${textsEn.verdicts['site-server-error'].title}`)).toBe(true);
    expect(ctx.chooseSavePath).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: 'gateway-doctor-shop.example.com-2026-11-21.html' }),
    );
  });

  it('save prints PDFs through the app (printToPDF adapter) from the redacted HTML', async () => {
    const { handlers, written, ctx } = setup('/picked/report.pdf');
    expect(await handlers['report:save'](EN, CTX)).toEqual({ saved: true, format: 'pdf' });
    const html = vi.mocked(ctx.htmlToPdf).mock.calls[0]?.[0] ?? '';
    expect(html).toMatch(/^<!DOCTYPE html>/);
    for (const v of ALL_SEEDED) expect(html).not.toContain(v);
    expect(new TextDecoder().decode(written[0]?.bytes)).toMatch(/^%PDF-/);
  });

  it('save does nothing when the dialog is cancelled, and refuses an unknown extension', async () => {
    const cancelled = setup(null);
    expect(await cancelled.handlers['report:save'](EN, CTX)).toEqual({ saved: false, format: null });
    expect(cancelled.written).toHaveLength(0);
    const txt = setup('/picked/report.txt');
    await expect(txt.handlers['report:save'](EN, CTX)).rejects.toThrow(/\.html, \.pdf, \.md or \.json/);
    expect(txt.written).toHaveLength(0);
  });

  it('exports nothing for an unknown run', async () => {
    const { handlers, written, copied, mailed } = setup();
    const unknown = { ...EN, runId: 'nope' };
    await expect(handlers['report:save'](unknown, CTX)).rejects.toThrow(/No diagnosis/);
    await expect(async () => handlers['report:copy'](unknown, CTX)).rejects.toThrow();
    await expect(async () => handlers['report:email'](unknown, CTX)).rejects.toThrow();
    expect(written).toHaveLength(0);
    expect(copied).toHaveLength(0);
    expect(mailed).toHaveLength(0);
  });

  it('copies the whole redacted report, not only its summary', async () => {
    const { handlers, copied } = setup();
    expect(await handlers['report:copy'](EN, CTX)).toEqual({ ok: true });
    const text = copied[0] ?? '';
    expect(text.startsWith(`# ${textsEn.verdicts['site-server-error'].title}`)).toBe(true);
    // Sections only the full report has: every check and the facts table.
    expect(text).toContain(`## ${textsEn.report.checks.title}`);
    expect(text).toContain(`## ${textsEn.report.facts.title}`);
    for (const v of ALL_SEEDED) expect(text).not.toContain(v);
  });

  it('mails (not through the http-only opener) a subject with the problem and the time, and no attachment claim', async () => {
    const { handlers, mailed, ctx } = setup();
    expect(await handlers['report:email'](EN, CTX)).toEqual({ ok: true });
    expect(ctx.openExternal).not.toHaveBeenCalled();
    const url = mailed[0] ?? '';
    expect(url).toMatch(/^mailto:\?subject=/);
    const { subject, body } = mailParts(url);
    expect(subject).toBe("Site shop.example.com: HTTP 502, the site's servers fail — 2026-11-21 18:42 UTC");
    expect(body.split('\n')[0]).toBe(textsEn.report.mail.attachUnsaved);
    expect(body).toContain(`Who must act: ${textsEn.whoActs['site-owner'].label}`);
    expect(body).not.toMatch(/\bis attached\b/);
    for (const v of ALL_SEEDED) expect(decodeURIComponent(url)).not.toContain(v);
  });

  it('after saving, the mail says where the file is, without the home folder', async () => {
    const { handlers, mailed } = setup('/home/jdoe42/Documents/for-the-site.pdf');
    await handlers['report:save'](EN, CTX);
    await handlers['report:email']({ ...EN, lang: 'de' }, CTX);
    const { subject, body } = mailParts(mailed[0] ?? '');
    expect(subject).toBe(
      'Website shop.example.com: HTTP 502, die Server der Website versagen — 2026-11-21 18:42 UTC',
    );
    expect(body.split('\n')[0]).toBe(
      textsDe.report.mail.attachSaved.replace('{{file}}', '~/Documents/for-the-site.pdf'),
    );
    expect(body).not.toContain('jdoe42');
  });

  it('names a saved file by its home-relative path, or its name alone', () => {
    expect(savedFileLabel('/home/ann/Reports/r.html', '/home/ann')).toBe('~/Reports/r.html');
    expect(savedFileLabel('/tmp/ann/r.html', '/home/ann')).toBe('r.html');
    expect(savedFileLabel('/home/annex/r.html', '/home/ann')).toBe('r.html');
    expect(savedFileLabel('/srv/r.md', '')).toBe('r.md');
    expect(defaultReportName({ ...loadResult('isp-path-degraded') })).toBe(
      'gateway-doctor-news.example.org-2026-11-21.html',
    );
  });
});

describe('report channels through the IPC dispatcher (main validates lang)', () => {
  const sender = { webContentsId: 7, frameUrl: 'app://gateway-doctor/index.html', isMainFrame: true };
  function dispatcher() {
    const { handlers, copied } = setup();
    const spy = vi.fn(handlers['report:preview']);
    const all = { ...handlers, 'report:preview': spy } as unknown as ChannelHandlers;
    const d = createDispatcher({ handlers: all, isKnownWebContents: (id) => id === 7, isAppUrl: () => true });
    return { d, spy, copied };
  }

  it.each([['fr'], ['DE'], [''], [7], [null]])('refuses lang %j before any handler runs', async (lang) => {
    const { d, spy } = dispatcher();
    await expect(
      d.dispatch('report:preview', sender, { runId: RUN, redaction: ON, lang }),
    ).rejects.toMatchObject({ name: 'IpcRejection', code: 'invalid-request' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses a request without lang, and passes a valid one', async () => {
    const { d, spy, copied } = dispatcher();
    await expect(d.dispatch('report:copy', sender, { runId: RUN, redaction: ON })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(copied).toHaveLength(0);
    const p = (await d.dispatch('report:preview', sender, { ...EN, lang: 'de' })) as { html: string };
    expect(spy).toHaveBeenCalledTimes(1);
    expect(p.html).toContain('<html lang="de">');
  });
});
