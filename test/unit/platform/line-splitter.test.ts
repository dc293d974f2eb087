import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineSplitter } from '../../../electron/engine/platform/command-runner';

/** Splits text into chunks at the given cut points. */
function chunks(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(text.slice(prev, p));
    prev = p;
  }
  out.push(text.slice(prev));
  return out;
}

describe('lineSplitter', () => {
  it('gives the same lines however the stream is chunked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
        const lines: string[] = [];
        const s = lineSplitter((l) => lines.push(l));
        chunks(text, cuts).forEach((c) => s.push(c));
        s.end();
        // A trailing newline ends the last line; a non-empty partial tail (even a lone \r) is a line.
        const raw = text.split('\n');
        if (raw[raw.length - 1] === '') raw.pop();
        const expected = raw.map((l) => l.replace(/\r$/, ''));
        expect(lines).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('emits nothing for an empty stream and flushes a final partial line once', () => {
    const lines: string[] = [];
    const s = lineSplitter((l) => lines.push(l));
    s.end();
    s.push('a\r\nb');
    s.end();
    s.end();
    expect(lines).toEqual(['a', 'b']);
  });

  it('treats a lone carriage return at the end as an (empty) last line', () => {
    const lines: string[] = [];
    const s = lineSplitter((l) => lines.push(l));
    s.push('\r');
    s.end();
    expect(lines).toEqual(['']);
  });
});
