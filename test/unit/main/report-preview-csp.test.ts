import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../../electron/engine/report';

const indexHtml = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(indexHtml)?.[1] ?? '';
const directive = (name: string): string[] =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === name)
    ?.slice(1) ?? [];

// The report screen shows the engine's report page in <iframe sandbox srcdoc>. A srcdoc frame
// inherits the window's CSP, so the window must allow exactly the report's one style sheet (by
// hash, never 'unsafe-inline') and nothing else the frame could load or run.
describe('the window CSP and the report preview frame', () => {
  it('allows the report style sheet by its hash, and no other inline style', () => {
    const hash = createHash('sha256').update(REPORT_CSS).digest('base64');
    expect(directive('style-src')).toEqual(["'self'", `'sha256-${hash}'`]);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('keeps scripts, frames and connections closed', () => {
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('script-src')).toEqual(["'self'"]);
    // No frame-src/child-src: srcdoc frames load no URL, so default-src 'none' refuses every other frame.
    expect(directive('frame-src')).toEqual([]);
    expect(directive('child-src')).toEqual([]);
    expect(directive('object-src')).toEqual(["'none'"]);
  });
});
