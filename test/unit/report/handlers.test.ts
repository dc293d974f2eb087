import { describe, expect, it, vi } from 'vitest';
import { REDACTION_KINDS, textsEn } from '../../../electron/contract';
import type { MainContext } from '../../../electron/main/handlers/context';
import {
  buildIspMailto,
  createReportHandlers,
  defaultReportName,
} from '../../../electron/main/handlers/report';
import { createHistoryStore, createMemoryBacking } from '../../../electron/main/history-store';
import { ALL_SEEDED, loadResult } from './fixtures';

const ON = { enabled: true, kinds: [...REDACTION_KINDS] };
const OFF = { enabled: false, kinds: [] };
const CTX = { senderId: 1 };

function setup(savePath: string | null = '/picked/report.html') {
  const history = createHistoryStore(createMemoryBacking());
  history.add(loadResult('leak-seeded'));
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
  });
  return { ctx, handlers, written, copied, mailed, runId: 'run-2026-11-21-leakseed' };
}

describe('report handlers (main)', () => {
  it('preview returns redacted HTML, Markdown and summary with counts', async () => {
    const { handlers, runId } = setup();
    const p = await handlers['report:preview']({ runId, redaction: ON }, CTX);
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
    const raw = await handlers['report:preview']({ runId, redaction: OFF }, CTX);
    expect(raw.html).toContain('zephyr-ws42');
  });

  it('save writes only to the path the user picked, in the format of its extension', async () => {
    const { handlers, written, runId, ctx } = setup('/picked/for-isp.md');
    const r = await handlers['report:save']({ runId, redaction: ON }, CTX);
    expect(r).toEqual({ saved: true, format: 'md' });
    expect(written.map((w) => w.path)).toEqual(['/picked/for-isp.md']);
    const text = new TextDecoder().decode(written[0]?.bytes);
    expect(text.startsWith(`# ${textsEn.verdicts['site-server-error'].title}`)).toBe(true);
    expect(ctx.chooseSavePath).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: 'gateway-doctor-shop.example.com-2026-11-21.html' }),
    );
  });

  it('save prints PDFs through the app (printToPDF adapter) from the redacted HTML', async () => {
    const { handlers, written, runId, ctx } = setup('/picked/report.pdf');
    expect(await handlers['report:save']({ runId, redaction: ON }, CTX)).toEqual({
      saved: true,
      format: 'pdf',
    });
    const html = vi.mocked(ctx.htmlToPdf).mock.calls[0]?.[0] ?? '';
    expect(html).toMatch(/^<!DOCTYPE html>/);
    for (const v of ALL_SEEDED) expect(html).not.toContain(v);
    expect(new TextDecoder().decode(written[0]?.bytes)).toMatch(/^%PDF-/);
  });

  it('save does nothing when the dialog is cancelled, and refuses an unknown extension', async () => {
    const cancelled = setup(null);
    expect(await cancelled.handlers['report:save']({ runId: cancelled.runId, redaction: ON }, CTX)).toEqual({
      saved: false,
      format: null,
    });
    expect(cancelled.written).toHaveLength(0);
    const txt = setup('/picked/report.txt');
    await expect(txt.handlers['report:save']({ runId: txt.runId, redaction: ON }, CTX)).rejects.toThrow(
      /\.html, \.pdf, \.md or \.json/,
    );
    expect(txt.written).toHaveLength(0);
  });

  it('exports nothing for an unknown run', async () => {
    const { handlers, written, copied } = setup();
    await expect(handlers['report:save']({ runId: 'nope', redaction: ON }, CTX)).rejects.toThrow(
      /No diagnosis/,
    );
    await expect(async () =>
      handlers['report:copy-summary']({ runId: 'nope', redaction: ON }, CTX),
    ).rejects.toThrow();
    expect(written).toHaveLength(0);
    expect(copied).toHaveLength(0);
  });

  it('copies the redacted summary', async () => {
    const { handlers, copied, runId } = setup();
    expect(await handlers['report:copy-summary']({ runId, redaction: ON }, CTX)).toEqual({ ok: true });
    expect(copied[0]).toMatch(/^Gateway Doctor report: /);
    for (const v of ALL_SEEDED) expect(copied[0]).not.toContain(v);
  });

  it('opens a mailto: with the redacted summary (not through the http-only opener)', async () => {
    const { handlers, mailed, runId, ctx } = setup();
    expect(await handlers['report:email-isp']({ runId, redaction: ON }, CTX)).toEqual({ ok: true });
    expect(ctx.openExternal).not.toHaveBeenCalled();
    const url = mailed[0] ?? '';
    expect(url).toMatch(/^mailto:\?subject=/);
    const body = decodeURIComponent(new URL(url).searchParams.get('body') ?? '');
    expect(body).toContain('Who must act');
    for (const v of ALL_SEEDED) expect(decodeURIComponent(url)).not.toContain(v);
  });

  it('keeps mailto: URLs short', () => {
    const long = Array.from(
      { length: 80 },
      (_, i) => `line ${i}: traffic is lost after hop 3 & carries on`,
    ).join('\n');
    const url = buildIspMailto(long, 'Connection problem');
    expect(url.length).toBeLessThanOrEqual(2000);
    const body = new URL(url).searchParams.get('body') ?? '';
    expect(body).toMatch(/^line 0: traffic is lost after hop 3 & carries on\n/);
    expect(body).toMatch(/\(the full report is attached\)$/);
    expect(buildIspMailto('short one', 's')).toBe('mailto:?subject=s&body=short%20one');
    expect(defaultReportName({ ...loadResult('isp-path-degraded') })).toBe(
      'gateway-doctor-news.example.org-2026-11-21.html',
    );
  });
});
