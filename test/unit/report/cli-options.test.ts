import { describe, expect, it } from 'vitest';
import { takeReportOptions } from '../../../electron/cli/report-option';

describe('--report / --no-redact parsing', () => {
  it('takes the options out and leaves the rest in order', () => {
    expect(takeReportOptions(['https://a.example/', '--report', 'r.html', '--json'])).toEqual({
      options: { path: 'r.html', redact: true },
      rest: ['https://a.example/', '--json'],
    });
    expect(takeReportOptions(['--report=out/r.PDF', '--no-redact', 'x'])).toEqual({
      options: { path: 'out/r.PDF', redact: false },
      rest: ['x'],
    });
    expect(takeReportOptions(['x'])).toEqual({ options: { path: null, redact: true }, rest: ['x'] });
  });

  it('rejects what cannot work before any check runs', () => {
    expect(takeReportOptions(['--report', 'r.txt'])).toEqual({
      error: expect.stringMatching(/\.html, \.md, \.json or \.pdf/),
    });
    expect(takeReportOptions(['--report'])).toEqual({ error: expect.stringMatching(/needs a file name/) });
    expect(takeReportOptions(['--report', '--json'])).toEqual({
      error: expect.stringMatching(/needs a file name/),
    });
    expect(takeReportOptions(['--no-redact'])).toEqual({
      error: expect.stringMatching(/only makes sense with --report/),
    });
  });
});
