// Where a path-MTU black hole starts, in words: the phrase chosen from the evidence and the
// sentence in every language.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, MTU_LINKS, mtuHopPhrase } from '../../../electron/contract/values';
import type { MtuLink } from '../../../electron/contract/values';
import { mtuHopSentence } from '../../../electron/engine/text/mtu-hop';

const ev = (
  startsAtHop: number,
  startsAtAddress: string,
  previousHop: number,
  previousAddress: string | null,
) => ({
  router: '192.168.77.1',
  startsAtHop,
  startsAtAddress,
  previousHop,
  previousAddress,
});

describe('mtuHopPhrase: which link the black hole starts on', () => {
  it('hop 1: between this computer and the router', () => {
    expect(mtuHopPhrase(ev(1, '192.168.77.1', 0, null))?.link).toBe('first-link');
  });

  it('hop 2 right after the router: the router’s link to the provider', () => {
    expect(mtuHopPhrase(ev(2, '198.51.100.1', 1, '192.168.77.1'))).toEqual({
      link: 'router-to-provider',
      values: { hop: 2, address: '198.51.100.1', previousHop: 1, previousAddress: '192.168.77.1' },
    });
  });

  it('hop 2 when hop 1 is not the router (a VPN in between), and further out: between two hops', () => {
    expect(mtuHopPhrase(ev(2, '198.51.100.1', 1, '10.8.0.1'))?.link).toBe('between-hops');
    expect(mtuHopPhrase({ ...ev(2, '198.51.100.1', 1, '192.168.77.1'), router: null })?.link).toBe(
      'between-hops',
    );
    expect(mtuHopPhrase(ev(4, '198.51.100.9', 2, '198.51.100.1'))?.link).toBe('between-hops');
  });

  it('no hop before it answered: somewhere up to that hop', () => {
    expect(mtuHopPhrase(ev(3, '198.51.100.9', 0, null))?.link).toBe('up-to-hop');
  });

  it('nothing located, or evidence that is not what the check writes: no phrase', () => {
    expect(mtuHopPhrase({})).toBeNull();
    expect(mtuHopPhrase({ startsAtHop: null, startsAtAddress: null })).toBeNull();
    expect(mtuHopPhrase({ startsAtHop: 2, startsAtAddress: null })).toBeNull();
    expect(mtuHopPhrase({ startsAtHop: '2', startsAtAddress: '198.51.100.1' })).toBeNull();
    expect(mtuHopPhrase({ startsAtHop: 0, startsAtAddress: '198.51.100.1' })).toBeNull();
    expect(mtuHopPhrase({ startsAtHop: 1.5, startsAtAddress: '198.51.100.1' })).toBeNull();
  });
});

describe('mtuHopSentence: the sentence in every language', () => {
  it('English', () => {
    expect(mtuHopSentence(ev(2, '198.51.100.1', 1, '192.168.77.1'))).toBe(
      'Large packets are lost from hop 2 (198.51.100.1), on the link from your router to your internet provider.',
    );
    expect(mtuHopSentence(ev(1, '192.168.77.1', 0, null))).toBe(
      'Large packets are lost from hop 1 (192.168.77.1), on the link between this computer and your router.',
    );
    expect(mtuHopSentence(ev(4, '198.51.100.9', 2, '198.51.100.1'))).toBe(
      'Large packets are lost from hop 4 (198.51.100.9), on the link between hop 2 (198.51.100.1) and hop 4.',
    );
    expect(mtuHopSentence({})).toBeNull();
  });

  it('German', () => {
    expect(mtuHopSentence(ev(2, '198.51.100.1', 1, '192.168.77.1'), 'de')).toBe(
      'Große Pakete gehen ab Hop 2 (198.51.100.1) verloren, auf der Verbindung von Ihrem Router zu Ihrem Internetanbieter.',
    );
    expect(mtuHopSentence(ev(3, '198.51.100.9', 0, null), 'de')).toBe(
      'Große Pakete gehen ab Hop 3 (198.51.100.9) verloren, irgendwo zwischen diesem Computer und Hop 3.',
    );
  });

  it('every language fills every placeholder of every link', () => {
    const example: Record<MtuLink, ReturnType<typeof ev>> = {
      'first-link': ev(1, '192.168.77.1', 0, null),
      'router-to-provider': ev(2, '198.51.100.1', 1, '192.168.77.1'),
      'between-hops': ev(3, '198.51.100.5', 2, '198.51.100.1'),
      'up-to-hop': ev(3, '198.51.100.5', 0, null),
    };
    for (const link of MTU_LINKS) {
      expect(mtuHopPhrase(example[link])?.link).toBe(link);
      for (const lang of LANGUAGES) {
        const text = mtuHopSentence(example[link], lang) ?? '';
        expect(text).toContain(`(${example[link].startsAtAddress})`);
        expect(text).not.toMatch(/\{\{|\}\}/);
      }
    }
  });
});
