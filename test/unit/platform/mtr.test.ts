import { describe, expect, it } from 'vitest';
import { HopSchema } from '../../../electron/contract';
import { parseMtrJson, parseMtrReport } from '../../../electron/engine/platform/mtr';
import type { MtrParse } from '../../../electron/engine/platform/mtr';
import { fixture } from './fixture';

/** "<ttl> <loss>% <probes>x <first answered probe or *>" */
function summary(m: MtrParse | null): string[] | null {
  if (!m) return null;
  return m.hops.map((h) => {
    HopSchema.parse(h);
    const p = h.probes.find((x) => x.rttMs !== null);
    return `${h.ttl} ${h.lossPct}% ${h.probes.length}x ${p ? `${p.hostname !== null ? `${p.hostname}=` : ''}${p.address ?? '?'}@${p.rttMs}` : '*'}`;
  });
}

describe('mtr parsers against every mtr fixture', () => {
  it.each([
    ['linux/mtr-json-v091-success.txt', null, ['1 100% 5x *', '2 0% 5x host=?@0.94']], // addresses redacted by the poster
    ['linux/mtr-json-v091-unreachable-invalid-json.txt', null, []], // invalid JSON: no hubs, still no crash
    ['linux/mtr-json-v095.txt', '192.0.2.9', ['1 0% 1x 192.168.1.1@14.914', '2 0% 1x 192.168.2.1@8.163']],
    ['linux-captured/mtr-json-loopback.txt', '127.0.0.1', ['1 0% 1x 127.0.0.1@0.061']],
    [
      'linux-captured/mtr-json-netns-reached.txt',
      '10.98.0.2',
      ['1 0% 2x 10.99.0.1@0.19', '2 0% 2x 10.98.0.2@0.073'],
    ],
  ] as const)('%s', (file, destination, hops) => {
    const m = parseMtrJson(fixture(file));
    expect(m?.destination).toBe(destination);
    expect(summary(m)).toEqual(hops);
  });

  it.each([
    ['linux-captured/mtr-report-netns-reached.txt', ['1 0% 2x 10.99.0.1@0.1', '2 0% 2x 10.98.0.2@0.1']],
    [
      'linux/mtr-report-wide-success.txt',
      [
        '1 0% 50x 198.51.100.1@4.5',
        '2 0% 50x 203.0.113.98@0.9',
        '3 0% 50x 203.0.113.122@48.9',
        '4 0% 50x 203.0.113.161@49.9',
        '5 0% 50x 198.51.100.43@48.4',
      ],
    ],
    // continuation line with a second address carries no statistics; the copy ends inside hop 4
    [
      'linux/mtr-report-wide-multipath-fragment.txt',
      ['1 0% 100x 198.51.100.1@2', '2 0% 100x 203.0.113.98@1', '3 0% 100x 203.0.113.118@44.3'],
    ],
    [
      'linux/mtr-report-custom-fields-loss.txt',
      [
        '1 0% 5x 192.168.1.1@394.5',
        '2 100% 5x *',
        '3 0% 5x ***.***.**.**=?@290.6',
        '4 0% 5x ***.***.**.***=?@273.4',
        '5 0% 5x ***.***.**.**=?@417.2',
        '6 20% 5x ***.***.**.***=?@467.3',
        '7 20% 5x ***.***.**.***=?@478.8',
        '8 25% 4x ***.***.**.***=?@453.1',
        '9 100% 4x *',
        '10 0% 4x ***.***.**.**=?@438.7',
        '11 0% 4x 203.0.113.121@328.2',
        '12 0% 4x 203.0.113.10@514',
        '13 0% 4x 203.0.113.33@486.8',
      ],
    ],
  ] as const)('%s', (file, hops) => {
    expect(summary(parseMtrReport(fixture(file)))).toEqual(hops);
  });

  it('answered probe counts follow Loss% (20% of 5 → 4 answered)', () => {
    const hop6 = parseMtrReport(fixture('linux/mtr-report-custom-fields-loss.txt'))?.hops[5];
    expect(hop6?.probes.filter((p) => p.rttMs !== null)).toHaveLength(4);
  });

  it('returns null for non-mtr text', () => {
    expect(parseMtrJson('mtr: Failure to open IPv4 sockets: Permission denied')).toBeNull();
    expect(parseMtrReport('nothing here')).toBeNull();
  });
});
