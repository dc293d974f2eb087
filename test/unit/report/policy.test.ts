import { describe, expect, it } from 'vitest';
import { REDACTION_KINDS } from '../../../electron/contract';
import type { RedactionKind } from '../../../electron/contract';
import {
  buildReport,
  DEFAULT_REDACTION,
  REDACTION_KIND_LABEL,
  renderChecked,
} from '../../../electron/engine/report';
import { mtuHopSentence } from '../../../electron/engine/text/mtu-hop';
import { loadResult } from './fixtures';
import { KEPT, SEEDS, seededResult } from './seeds';

const LABEL: Record<RedactionKind, string> = {
  'public-ip': 'public-ip',
  'lan-ip': 'lan-ip',
  mac: 'mac',
  hostname: 'hostname',
  username: 'user',
  email: 'email',
  query: 'query',
  credential: 'credential',
};

/** Distinct placeholders of one kind in a text. */
function placeholders(text: string, kind: RedactionKind): Set<string> {
  return new Set(text.match(new RegExp(`\\[${LABEL[kind]}-\\d+\\]`, 'g')) ?? []);
}

// Markdown escapes punctuation: compare on the unescaped text.
const plain = (md: string): string => md.replace(/\\(.)/g, '$1').toLowerCase();

describe('redaction policy: protect the user, keep the evidence', () => {
  const model = buildReport(seededResult(), { redaction: DEFAULT_REDACTION });

  it('the count of each kind is exactly the number of distinct values it replaced', () => {
    const json = renderChecked(model, 'json');
    const md = renderChecked(model, 'md');
    for (const kind of REDACTION_KINDS) {
      const n = model.redaction.counts[kind];
      expect(n, kind).toBeGreaterThan(0);
      expect(placeholders(json, kind).size, kind).toBe(n);
      // Numbered 1..n in order of first appearance, nothing skipped.
      expect([...placeholders(json, kind)].sort(), kind).toEqual(
        Array.from({ length: n }, (_, i) => `[${LABEL[kind]}-${i + 1}]`).sort(),
      );
      expect(placeholders(md, kind).size, kind).toBeLessThanOrEqual(n);
    }
  });

  it('keeps the router, the ISP hops, resolvers, the site and the CDN trace id', () => {
    const md = plain(renderChecked(model, 'md'));
    for (const keep of KEPT) expect(md, keep).toContain(keep.toLowerCase());
  });

  it.each(REDACTION_KINDS.filter((k) => k !== 'credential'))(
    'the %s option hides its own kind (and credentials) and nothing else',
    (kind) => {
      const m = buildReport(seededResult(), { redaction: { enabled: true, kinds: [kind] } });
      const md = plain(renderChecked(m, 'md'));
      for (const seed of SEEDS) {
        const hidden = seed.kind === kind || seed.kind === 'credential';
        expect(md.includes(seed.value.toLowerCase()), `${seed.form} with only ${kind}`).toBe(!hidden);
      }
      for (const other of REDACTION_KINDS)
        if (other !== kind && other !== 'credential') expect(m.redaction.counts[other]).toBe(0);
    },
  );

  it('every kind has a label that the report states with its count', () => {
    const md = plain(renderChecked(model, 'md'));
    for (const kind of REDACTION_KINDS) {
      expect(REDACTION_KIND_LABEL[kind].length).toBeGreaterThan(10);
      expect(md).toContain(`${REDACTION_KIND_LABEL[kind]} (${model.redaction.counts[kind]})`.toLowerCase());
    }
  });

  it('an ISP outage report shows the ISP hop and the site, not the computer name (issue 12)', () => {
    const r = loadResult('isp-path-degraded');
    r.environment.hostname = 'ann-laptop';
    const hop2 = r.traceroute?.hops[1]?.probes[0];
    if (hop2) hop2.hostname = 'ann-laptop.fritz.box';
    const m = buildReport(r, { redaction: DEFAULT_REDACTION });
    const html = renderChecked(m, 'html');
    expect(html).toContain('Loss starts at hop 3 (198.51.100.1, 33.3% lost)');
    expect(html).toContain('203.0.113.80');
    expect(html.toLowerCase()).not.toContain('ann-laptop');
    // Nothing in this run is the user's own public address: no address was hidden.
    expect(m.redaction.counts['public-ip']).toBe(0);
    expect(html).not.toMatch(/<td[^>]*>\[public-ip-\d+\]/);
  });

  it('a path-MTU report keeps the hop the black hole starts at; a private hop beyond the router goes', () => {
    const r = loadResult('isp-path-degraded');
    r.traceroute = null;
    const evidence = {
      router: '192.168.0.1',
      startsAtHop: 3,
      startsAtAddress: '198.51.100.1',
      previousHop: 2,
      previousAddress: '10.20.0.1',
      hopsProbed: [
        { ttl: 1, address: '192.168.0.1', small: 'expired', large: 'expired' },
        { ttl: 2, address: '10.20.0.1', small: 'expired', large: 'expired' },
        { ttl: 3, address: '198.51.100.1', small: 'expired', large: 'lost' },
      ],
    };
    r.checks.push({
      id: 'path-mtu',
      status: 'problem',
      problems: ['mtu-blackhole'],
      evidence,
      startedAt: r.startedAt,
      durationMs: 900,
    });
    const sentence = mtuHopSentence(evidence) ?? '';
    r.verdict = {
      ...r.verdict,
      id: 'path-mtu-blackhole',
      reasons: [{ checkId: 'path-mtu', code: 'starts-at-hop', detail: sentence }],
    };
    const md = plain(renderChecked(buildReport(r, { redaction: DEFAULT_REDACTION }), 'md'));
    expect(md).toContain('large packets are lost from hop 3 (198.51.100.1), on the link between hop 2 (');
    // the key evidence of the verdict box, from the (redacted) evidence
    expect(md).toMatch(
      /\*\*key evidence:\*\* large packets are lost from hop 3 \(198\.51\.100\.1\), on the link between hop 2 \(\[lan-ip-\d+\]\)/,
    );
    expect(md).toContain('address: 192.168.0.1'); // the router stays
    expect(md).toContain('198.51.100.1');
    expect(md).not.toContain('10.20.0.1');
    expect(md).toMatch(/between hop 2 \(\[lan-ip-\d+\]\) and hop 3/);
  });
});
