import { describe, expect, it } from 'vitest';
import { HopSchema } from '../../../electron/contract';
import type { Hop } from '../../../electron/contract';
import {
  createTraceParser,
  parseTraceText,
  reachedDestination,
} from '../../../electron/engine/platform/trace-parse';
import type { TraceFormat } from '../../../electron/engine/platform/trace-parse';
import { compactHop } from './trace-compact';
import { TRACE_CASES as CASES } from './trace-cases';
import { fixture, fixtureNames } from './fixture';

describe('traceroute, tracepath and tracert parsers against every fixture', () => {
  const files = ['linux', 'linux-captured', 'macos', 'windows'].flatMap((d) => fixtureNames(d, /^trace/));

  it('has an expectation for every trace fixture', () => {
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (file, c) => {
    const r = parseTraceText(c.format, fixture(file));
    expect(r.hops.map(compactHop)).toEqual(c.hops);
    expect(r.destination).toBe(c.destination);
    expect(r.reached).toBe(c.reached);
    for (const h of r.hops) expect(HopSchema.parse(h)).toEqual(h);
  });
});

/** Feeds lines one by one and records which hops each line released. */
function stream(
  format: TraceFormat,
  lines: string[],
  probesPerHop?: number,
): { released: string[][]; atEnd: string[]; all: Hop[] } {
  const p = createTraceParser(format, { probesPerHop });
  const released = lines.map((l) => p.push(l).map(compactHop));
  return { released, atEnd: p.end().map(compactHop), all: p.hops() };
}

describe('incremental parsing (hops stream as lines arrive)', () => {
  it('Linux traceroute: a hop line holding all probes is released by that very line', () => {
    const lines = fixture('linux-captured/traceroute-netns-two-hops-reached.txt').split('\n');
    const s = stream('traceroute', lines, 3);
    expect(s.released[0]).toEqual([]); // header
    expect(s.released[1]).toEqual(['1 0% 10.99.0.1@0.052 10.99.0.1@0.008 10.99.0.1@0.009']);
    expect(s.released[2]).toEqual(['2 0% 10.98.0.2@0.652 10.98.0.2@0.015 10.98.0.2@0.034']);
    expect(s.atEnd).toEqual([]);
  });

  it('macOS continuation lines: the hop is released when the next hop starts, with every router', () => {
    const lines = fixture('macos/traceroute-multiple-ips-per-hop.txt').split('\n');
    const s = stream('traceroute', lines, 3);
    const i8 = lines.findIndex((l) => l.startsWith(' 8  '));
    expect(s.released[i8]).toEqual([]); // one probe only: more may follow on continuation lines
    expect(s.released[i8 + 1]).toEqual([]);
    expect(s.released[i8 + 3]).toEqual([
      '8 0% 198.51.100.228@15.363 10ge-1-4.cr1.ams2.baseip.com=198.51.100.22@19.172 198.51.100.228@17.393',
      '9 100% * * *',
    ]);
    // hop 12 is the last: released by end()
    expect(s.atEnd).toEqual([
      '12 0% 198.51.100.209@17.998 ams17s09-in-f14.1e100.net=198.51.100.14@15.259 ams17s09-in-f14.1e100.net=198.51.100.14@16.048',
    ]);
  });

  it('tracert releases each hop at once; every hop is released exactly once', () => {
    const lines = fixture('windows/tracert-mixed-timeouts.txt').split('\n');
    const s = stream('tracert', lines);
    const released = s.released.flat();
    expect(released).toHaveLength(15);
    expect(new Set(released).size).toBe(15);
    expect(released.concat(s.atEnd)).toEqual(s.all.map(compactHop));
  });

  it('tracepath: duplicate hop lines merge, a hop is released when a higher hop appears', () => {
    const lines = fixture('linux-captured/tracepath-netns-reached.txt').split('\n');
    const s = stream('tracepath', lines);
    expect(s.released[1]).toEqual([]);
    expect(s.released[2]).toEqual([]);
    expect(s.released[3]).toEqual(['1 0% 10.99.0.1@0.102 10.99.0.1@0.017']);
    expect(s.atEnd).toEqual(['2 0% 10.98.0.2@0.119']);
  });

  it('tracepath: late out-of-order lines (hop 3 after hop 6) are merged into the final hops', () => {
    const r = parseTraceText('tracepath', fixture('linux/tracepath-no-reply.txt'));
    expect(r.hops.find((h) => h.ttl === 3)?.probes).toHaveLength(4);
    expect(r.hops.map((h) => h.ttl)).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      ...Array.from({ length: 21 }, (_, i) => i + 10),
    ]);
  });

  it('reads !X, !P and numeric !<N> annotations and keeps stars in place (constructed line)', () => {
    const s = stream(
      'traceroute',
      [' 3  192.0.2.1  1.2 ms !X  1.3 ms !P *', ' 4  192.0.2.2  2.5 ms !<10>'],
      3,
    );
    expect(s.released.flat().concat(s.atEnd)).toEqual([
      '3 33.333% 192.0.2.1@1.2!X 192.0.2.1@1.3!P *',
      '4 0% 192.0.2.2@2.5!<10>',
    ]);
  });

  it('a truncated last line still yields the hop with the probes it shows', () => {
    const s = stream(
      'traceroute',
      ['traceroute to 192.0.2.9 (192.0.2.9), 30 hops max, 60 byte packets', ' 1  192.0.2.1  0.5 ms  0.4'],
      3,
    );
    expect(s.atEnd).toEqual(['1 0% 192.0.2.1@0.5']);
  });
});

describe('tracert in other display languages (constructed lines in the documented column layout)', () => {
  it('reads German timeouts and Russian "мс" units by structure', () => {
    const text = [
      'Routenverfolgung zu 192.0.2.9 über maximal 30 Hops',
      '',
      '  1    <1 ms    <1 ms    <1 ms  192.168.1.1',
      '  2     *        *        *     Zeitüberschreitung der Anforderung.',
      '  3    12 мс    11 мс    13 мс  192.0.2.9',
    ].join('\n');
    const r = parseTraceText('tracert', text);
    expect(r.hops.map(compactHop)).toEqual([
      '1 0% 192.168.1.1@0.5 192.168.1.1@0.5 192.168.1.1@0.5',
      '2 100% * * *',
      '3 0% 192.0.2.9@12 192.0.2.9@11 192.0.2.9@13',
    ]);
    expect(r.destination).toBe('192.0.2.9');
    expect(r.reached).toBe(true);
  });

  it('turns "<ip> reports: Destination host unreachable." into a !H annotation', () => {
    const r = parseTraceText(
      'tracert',
      '  1     1 ms     *        *     192.168.1.1 reports: Destination host unreachable.\n',
    );
    expect(r.hops.map(compactHop)).toEqual(['1 66.667% 192.168.1.1@1!H * *']);
  });
});

describe('reachedDestination', () => {
  it('needs an answered probe from the destination on the last hop', () => {
    const hop = (ttl: number, address: string | null, rttMs: number | null): Hop => ({
      ttl,
      probes: [{ address, hostname: null, rttMs, annotation: null }],
      lossPct: rttMs === null ? 100 : 0,
    });
    expect(reachedDestination([hop(1, '192.0.2.1', 1), hop(2, '192.0.2.9', 2)], '192.0.2.9')).toBe(true);
    expect(reachedDestination([hop(1, '192.0.2.9', 1), hop(2, null, null)], '192.0.2.9')).toBe(false);
    expect(reachedDestination([hop(1, '192.0.2.9', 1)], null)).toBe(false);
    expect(reachedDestination([], '192.0.2.9')).toBe(false);
  });
});
