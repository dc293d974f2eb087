import { describe, expect, it } from 'vitest';
import { parsePing, pingCommand } from '../../../electron/engine/platform/ping';
import type { PingParse } from '../../../electron/engine/platform/ping';
import type { PingOutcome } from '../../../electron/engine/platform/types';
import { fixture, fixtureNames, fixtureStderr } from './fixture';

const ok = (
  sent: number,
  received: number,
  lossPct: number,
  avg: number | null,
  min: number | null,
  max: number | null,
  unreachable = false,
): PingParse => ({
  kind: 'ping',
  sent,
  received,
  lossPct,
  rttAvgMs: avg,
  rttMinMs: min,
  rttMaxMs: max,
  unreachable,
});
const none = (sent: number, unreachable: boolean): PingParse =>
  ok(sent, 0, 100, null, null, null, unreachable);
/** The same parse with the round trips' standard deviation (printed mdev/stddev, else computed). */
const sd = (p: PingParse, rttStdDevMs: number): PingParse => ({ ...(p as PingOutcome), rttStdDevMs });
/** The same parse with a don't-fragment "too big" signal (reportedBy null: this computer refused). */
const big = (p: PingParse, mtu: number | null, reportedBy: string | null): PingParse => ({
  ...(p as PingOutcome),
  tooBig: { mtu, reportedBy },
});

/** The same parse with a hop's "time exceeded" answer. */
const expired = (p: PingParse, from: string): PingParse => ({
  ...(p as PingOutcome),
  timeExceededFrom: from,
});
const big1 = (p: PingParse, by: string): PingParse => ({
  ...(p as PingOutcome),
  tooBig: { mtu: null, reportedBy: by },
});

/** Every ping fixture with the exact expected parse. */
const CASES: Record<string, PingParse> = {
  // Linux iputils / BusyBox (copied public samples)
  'linux/ping-busybox-dup-loss.txt': sd(ok(10, 9, 10, 0.93, 0.613, 1.219), 0.201), // no stddev printed: from the replies
  'linux/ping-busybox-loss.txt': sd(ok(13, 9, 30.769, 5.502, 5.389, 5.94), 0.166), // no rtt line: computed from the 9 replies
  'linux/ping-busybox-quiet-stdout.txt': ok(5, 5, 0, 0.683, 0.638, 0.746),
  'linux/ping-busybox-success.txt': sd(ok(2, 2, 0, 0.801, 0.204, 1.398), 0.597),
  'linux/ping-iputils-destination-net-unreachable.txt': none(12, true), // no statistics: 12 probes from seq numbers
  'linux/ping-iputils-fractional-loss.txt': sd(ok(4456, 4455, 0.022, 1.297, 0.816, 24.579), 0.981), // two runs: the last one counts
  'linux/ping-iputils-host-unreachable-pipe.txt': none(3, true),
  'linux/ping-iputils-host-unreachable.txt': none(5, true),
  'linux/ping-iputils-interface-host-unreachable-and-silent.txt': none(5, false), // last run: silent, no ICMP error
  'linux/ping-iputils-interrupted-loss.txt': sd(ok(4, 3, 25, 190.899, 167.035, 214.643), 19.436),
  'linux/ping-iputils-localized-es.txt': sd(ok(2, 2, 0, 0.447, 0.372, 0.523), 0.075),
  'linux/ping-iputils-sendmsg-network-unreachable.txt': none(2, true),
  'linux/ping-iputils-success.txt': sd(ok(20, 20, 0, 30.42, 24.33, 35.259), 3.84),
  // Linux, captured here
  'linux-captured/ping-empty-netns-connect-unreachable.txt': none(0, true), // connect() failed: nothing was sent
  'linux-captured/ping-gateway-netns-success.txt': sd(ok(3, 3, 0, 0.175, 0.055, 0.412), 0.167),
  'linux-captured/ping-loopback-success.txt': sd(ok(3, 3, 0, 0.083, 0.049, 0.142), 0.041),
  'linux-captured/ping-netns-host-unreachable.txt': none(12, true),
  'linux-captured/ping-netns-net-unreachable.txt': none(3, true),
  'linux-captured/ping-no-permission.txt': {
    kind: 'failure',
    failure: 'permission',
    message: '/tmp/gdx-ping-nocap: socket: Operation not permitted',
  },
  'linux-captured/ping-unknown-host.txt': {
    kind: 'failure',
    failure: 'unresolved',
    message: 'ping: gdx-no-such-host.invalid: Name or service not known',
  },
  'linux-captured/ping6-loopback-success.txt': sd(ok(2, 2, 0, 0.121, 0.113, 0.129), 0.008),
  // Linux don't-fragment pings, captured here (router's far link MTU 1400)
  'linux-captured/ping-df-1472-router-ok.txt': sd(ok(1, 1, 0, 0.03, 0.03, 0.03), 0),
  'linux-captured/ping-df-1372-beyond-ok.txt': sd(ok(1, 1, 0, 0.043, 0.043, 0.043), 0),
  'linux-captured/ping-df-1472-frag-needed.txt': big(none(1, true), 1400, '10.99.0.2'),
  'linux-captured/ping-df-1472-pmtu-cached.txt': big(none(1, true), 1400, null),
  'linux-captured/ping-df-1472-frag-needed-then-cached.txt': big(none(3, true), 1400, '10.99.0.2'), // the hop's answer wins
  'linux-captured/ping-df-1472-local-mtu.txt': big(none(1, true), 1400, null),
  'linux-captured/ping-df-1472-local-mtu-three.txt': big(none(3, true), 1400, null),
  'linux-captured/ping-df-1472-dgram-local-mtu.txt': big(none(1, true), 1400, null),
  'linux-captured/ping-df-1472-blackhole-lost.txt': none(1, false), // the black hole: nothing at all
  'linux-captured/ping6-df-1452-packet-too-big.txt': big(none(1, true), 1400, '2001:db8:99::2'),
  'linux-captured/ping6-df-1452-pmtu-cached.txt': big(none(1, true), 1400, null), // "mtu: 1400"
  'linux-captured/ping6-df-1452-local-mtu.txt': big(none(1, true), 1400, null),
  'linux-captured/ping6-df-1452-blackhole-lost.txt': none(1, false),
  'linux-captured/ping-gateway-loss-every-third.txt': sd(ok(6, 4, 33.333, 0.045, 0.038, 0.06), 0.008),
  // Linux TTL-limited DF pings from the lab (path-mtu-blackhole: hop 1 router, hop 2 ISP, hop 3 the site)
  'linux-captured/ping-ttl1-df-56-time-exceeded.txt': expired(none(1, true), '192.168.77.1'),
  'linux-captured/ping-ttl1-df-1472-time-exceeded.txt': expired(none(1, true), '192.168.77.1'),
  'linux-captured/ping-ttl2-df-56-time-exceeded.txt': expired(none(1, true), '198.51.100.1'),
  'linux-captured/ping-ttl2-df-1472-blackhole-lost.txt': none(1, false), // the black hole starts here
  'linux-captured/ping-ttl3-df-56-destination-reply.txt': sd(ok(1, 1, 0, 0.072, 0.072, 0.072), 0),
  'linux-captured/ping-ttl3-df-1472-blackhole-lost.txt': none(1, false),
  'linux/ping6-iputils-hop-limit-exceeded-synthesised.txt': expired(none(1, true), '2001:db8:100::1'),
  // macOS
  'macos/ping-sendto-host-down-no-route.txt': none(25, true), // fragment: icmp_seq 95..119
  'macos/ping-sendto-no-route-fragment.txt': none(1, true),
  'macos/ping-success.txt': sd(ok(5, 5, 0, 31.927, 20.482, 46.093), 8.292),
  'macos/ping-df-frag-needed.txt': big(none(1, true), 1460, '198.51.100.212'), // fragment: seq 0 only
  'macos/ping-df-sendto-fragment.txt': big(none(2, true), null, null), // two refusals, no statistics
  'macos/ping-df-sendto-message-too-long.txt': big(none(2, true), null, null), // stderr printed before the header
  'macos/ping-df-small-success.txt': sd(ok(2, 2, 0, 9.456, 8.735, 10.176), 0.721),
  'macos/ping-timeout-host-unreachable.txt': none(8, true),
  'macos/ping-m1-time-exceeded-fragment.txt': expired(none(1, true), '192.168.1.1'), // fragment: no statistics
  'macos/ping-ttl2-df-1472-time-exceeded-synthesised.txt': expired(none(1, true), '198.51.100.1'),
  'macos/ping6-hop-limit-time-exceeded-synthesised.txt': expired(none(1, true), '2001:db8:100::1'),
  // Windows, many display languages (parsed by structure)
  'windows/ping-de-df-fragment-needed.txt': big(none(1, true), null, null),
  'windows/ping-en-df-fragment-needed.txt': big(none(1, true), null, null), // a blank line (HTML copy) ends the probes
  'windows/ping-es-df-fragment-needed.txt': big(none(4, true), null, null),
  'windows/ping-en-df-1472-success.txt': ok(1, 1, 0, 0.5, 0.5, 0.5),
  'windows/ping-de-success-ipv6.txt': sd(ok(4, 4, 0, 12, 11, 18), 3.031),
  'windows/ping-de-success-loopback.txt': sd(ok(5, 5, 0, 0, 0, 1), 0.2),
  'windows/ping-de-success.txt': sd(ok(4, 4, 0, 7, 6, 9), 1.299), // Windows prints none: from the replies
  'windows/ping-de-timeout.txt': none(1, false),
  'windows/ping-en-destination-host-unreachable.txt': none(4, true), // Windows says "Received = 4": they were ICMP errors
  'windows/ping-en-general-failure-ipv6.txt': none(4, true),
  'windows/ping-en-general-failure-unreachable.txt': none(3, true),
  'windows/ping-en-mixed-loss.txt': sd(ok(10, 9, 10, 14, 0, 33), 9.049), // loss line cut in the source
  'windows/ping-en-success.txt': sd(ok(10, 10, 0, 107, 56, 194), 38.33),
  'windows/ping-en-timeout-all.txt': none(4, false),
  'windows/ping-en-transmit-failed.txt': none(3, true),
  'windows/ping-es-ctrl-c-interleaved.txt': sd(ok(3, 2, 33.333, 0, 0, 0), 0),
  'windows/ping-es-success-lt1m.txt': sd(ok(3, 3, 0, 0, 0, 1), 0.236),
  // no statistics: 39 probe lines after the header, 30 replies ("<1"/"=N" times), one ICMP error
  'windows/ping-es-timeout-unreachable-mixed.txt': sd(ok(39, 30, 23.077, 1.533, 1, 7, true), 1.408),
  'windows/ping-fr-success-loopback.txt': sd(ok(4, 4, 0, 0, 0, 0), 0),
  'windows/ping-fr-success.txt': sd(ok(4, 4, 0, 6, 6, 6), 0),
  'windows/ping-ja-success.txt': ok(4, 4, 0, 5, 4, 7),
  'windows/ping-pt-br-destination-unreachable.txt': none(1, true),
  'windows/ping-pt-br-success-and-timeout-wrapped.txt': none(1, false), // second run (timeout) counts
  'windows/ping-pt-br-ttl-expired.txt': expired(none(2, true), '10.128.16.105'), // the wording names "TTL"
  // TTL expired: counted as received by Windows, not by us; German names no "TTL" (see the TTL-limited test)
  'windows/ping-en-ttl-expired-i10.txt': expired(none(1, true), '198.51.100.72'),
  'windows/ping-fr-ttl-expired-synthesised.txt': expired(none(1, true), '192.168.1.1'),
  'windows/ping-de-ttl-expired-synthesised.txt': none(1, true),
  'windows/ping-en-ttl-destination-reply-synthesised.txt': ok(1, 1, 0, 14, 14, 14),
  'windows/ping-ru-success.txt': sd(ok(4, 4, 0, 35, 33, 38), 2.062),
  'windows/ping-zh-tw-loopback.txt': sd(ok(4, 4, 0, 0, 0, 0), 0),
  'windows/ping-zh-tw-success.txt': sd(ok(4, 4, 0, 2, 2, 3), 0.5),
};

describe('ping parsers against every fixture', () => {
  const files = [
    ...fixtureNames('linux', /^ping/),
    ...fixtureNames('linux-captured', /^ping/),
    ...fixtureNames('macos', /^ping/),
    ...fixtureNames('windows', /^ping/),
  ];

  it('has an expectation for every ping fixture', () => {
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (file, expected) => {
    const os = file.startsWith('windows/') ? 'win32' : file.startsWith('macos/') ? 'darwin' : 'linux';
    expect(parsePing(os, fixture(file), fixtureStderr(file))).toEqual(expected);
  });

  it('reads the pt-BR statistics line that wraps onto a second line', () => {
    const first =
      fixture('windows/ping-pt-br-success-and-timeout-wrapped.txt').split('\n\nDisparando')[0] ?? '';
    expect(parsePing('win32', first)).toEqual(ok(1, 1, 0, 94, 94, 94));
  });

  it('takes Windows reply times when the times summary is missing', () => {
    const text =
      'Pinging 192.0.2.1 with 32 bytes of data:\nReply from 192.0.2.1: bytes=32 time=10ms TTL=64\nReply from 192.0.2.1: bytes=32 time<1ms TTL=64\n';
    expect(parsePing('win32', text)).toEqual(sd(ok(2, 2, 0, 5.25, 0.5, 10), 4.75));
  });

  it('recognises the other permission wordings (socket: Permission denied, BusyBox)', () => {
    expect(parsePing('linux', '', 'ping: socket: Permission denied')).toEqual({
      kind: 'failure',
      failure: 'permission',
      message: 'ping: socket: Permission denied',
    });
    expect(
      parsePing(
        'linux',
        'PING 192.0.2.1 (192.0.2.1): 56 data bytes\n',
        'ping: permission denied (are you root?)\n',
      ),
    ).toMatchObject({ kind: 'failure', failure: 'permission' });
    expect(parsePing('darwin', '', 'ping: cannot resolve gdx.invalid: Unknown host')).toMatchObject({
      kind: 'failure',
      failure: 'unresolved',
    });
  });

  it('Windows: an unknown host (no header at all) is an unresolved failure', () => {
    // first line of the German sample: the failing run before the successful one
    const de = fixture('windows/ping-de-success-ipv6.txt').split('\n').slice(0, 2).join('\n');
    expect(parsePing('win32', de)).toMatchObject({ kind: 'failure', failure: 'unresolved' });
    expect(
      parsePing(
        'win32',
        'Ping request could not find host gdx.invalid. Please check the name and try again.\r\n',
      ),
    ).toEqual({
      kind: 'failure',
      failure: 'unresolved',
      message: 'Ping request could not find host gdx.invalid. Please check the name and try again.',
    });
  });

  it('Windows: under a TTL limit an error from another address is a time exceeded, in any language', () => {
    const de = fixture('windows/ping-de-ttl-expired-synthesised.txt');
    expect(parsePing('win32', de)).not.toHaveProperty('timeExceededFrom');
    expect(parsePing('win32', de, '', { ttlLimited: true })).toEqual(expired(none(1, true), '192.168.178.1'));
    // Spanish: "Respuesta desde <ip>: TTL expirado en tránsito."
    const es =
      'Haciendo ping a 203.0.113.23 con 32 bytes de datos:\nRespuesta desde 192.168.1.1: TTL expirado en tránsito.\n';
    expect(parsePing('win32', es, '', { ttlLimited: true })).toMatchObject({
      timeExceededFrom: '192.168.1.1',
    });
    // a hop's name in brackets in the header: the target is the bracketed address
    const named =
      'Pinging site.example [203.0.113.23] with 548 bytes of data:\nReply from 198.51.100.1: TTL expired in transit.\n';
    expect(parsePing('win32', named, '', { ttlLimited: true })).toMatchObject({
      timeExceededFrom: '198.51.100.1',
    });
  });

  it('Windows: the target\'s own error, a "too big" and an echo reply are never a time exceeded', () => {
    const own =
      'Pinging 203.0.113.23 with 548 bytes of data:\nReply from 203.0.113.23: Destination port unreachable.\n';
    expect(parsePing('win32', own, '', { ttlLimited: true })).toEqual(none(1, true));
    const big =
      'Pinging 203.0.113.23 with 1472 bytes of data:\nReply from 198.51.100.1: Packet needs to be fragmented but DF set.\n';
    expect(parsePing('win32', big, '', { ttlLimited: true })).toEqual(big1(none(1, true), '198.51.100.1'));
    const reply = fixture('windows/ping-en-ttl-destination-reply-synthesised.txt');
    expect(parsePing('win32', reply, '', { ttlLimited: true })).toEqual(ok(1, 1, 0, 14, 14, 14));
  });

  it('Linux and macOS: "time exceeded" from a hop, and nothing for other errors', () => {
    expect(parsePing('linux', 'From 192.0.2.1 icmp_seq=1 Destination Net Unreachable\n')).not.toHaveProperty(
      'timeExceededFrom',
    );
    // the first hop to answer is named
    const two = [
      'PING 203.0.113.23 (203.0.113.23) 56(84) bytes of data.',
      'From 192.168.77.1 icmp_seq=1 Time to live exceeded',
      'From 198.51.100.1 icmp_seq=2 Time to live exceeded',
    ].join('\n');
    expect(parsePing('linux', two)).toMatchObject({ timeExceededFrom: '192.168.77.1', received: 0 });
  });

  it('returns null for output that is not ping output', () => {
    expect(parsePing('linux', 'hello world')).toBeNull();
    expect(parsePing('win32', 'hello world')).toBeNull();
    expect(parsePing('darwin', '')).toBeNull();
  });
});

describe('pingCommand (argv builders)', () => {
  it('Linux iputils: numeric, count, per-reply wait sized to the budget, 0.2 s interval', () => {
    expect(pingCommand('linux', '192.0.2.1', { count: 3, timeoutMs: 3000 })).toEqual({
      file: 'ping',
      args: ['-n', '-c', '3', '-W', '2', '-i', '0.2', '192.0.2.1'],
    });
    expect(pingCommand('linux', '::1', { count: 2, timeoutMs: 500 })).toEqual({
      file: 'ping',
      args: ['-n', '-c', '2', '-W', '1', '-i', '0.2', '::1'],
    });
  });

  it('macOS: -W in milliseconds and an overall -t; ping6 for IPv6', () => {
    expect(pingCommand('darwin', '192.0.2.1', { count: 4, timeoutMs: 4000 })).toEqual({
      file: 'ping',
      args: ['-n', '-c', '4', '-i', '0.2', '-W', '3000', '-t', '4', '192.0.2.1'],
    });
    expect(pingCommand('darwin', '2001:db8::1', { count: 2, timeoutMs: 2000 })).toEqual({
      file: 'ping6',
      args: ['-n', '-c', '2', '-i', '0.2', '2001:db8::1'],
    });
  });

  it('Windows: -n count and -w per-reply milliseconds', () => {
    expect(pingCommand('win32', 'router.lan', { count: 3, timeoutMs: 3000 })).toEqual({
      file: 'ping',
      args: ['-n', '3', '-w', '800', 'router.lan'],
    });
  });

  it("don't-fragment pings of a given size on each OS", () => {
    const df = { count: 1, timeoutMs: 1000, size: 1472, dontFragment: true };
    expect(pingCommand('linux', '203.0.113.23', df)).toEqual({
      file: 'ping',
      args: ['-n', '-c', '1', '-W', '1', '-i', '0.2', '-M', 'do', '-s', '1472', '203.0.113.23'],
    });
    expect(pingCommand('linux', '2001:db8::1', { ...df, size: 1452 }).args).toEqual([
      '-n',
      '-c',
      '1',
      '-W',
      '1',
      '-i',
      '0.2',
      '-M',
      'do',
      '-s',
      '1452',
      '2001:db8::1',
    ]);
    expect(pingCommand('darwin', '203.0.113.23', df)).toEqual({
      file: 'ping',
      args: ['-n', '-c', '1', '-i', '0.2', '-W', '1000', '-t', '1', '-D', '-s', '1472', '203.0.113.23'],
    });
    expect(pingCommand('darwin', '2001:db8::1', df)).toEqual({
      file: 'ping6',
      // -v: ping6 hides "packet too big" otherwise
      args: ['-n', '-c', '1', '-i', '0.2', '-m', '-v', '-s', '1472', '2001:db8::1'],
    });
    expect(pingCommand('win32', '203.0.113.23', df)).toEqual({
      file: 'ping',
      args: ['-n', '1', '-w', '800', '-f', '-l', '1472', '203.0.113.23'],
    });
    // Windows has -f for IPv4 only
    expect(pingCommand('win32', '2001:db8::1', df).args).toEqual([
      '-n',
      '1',
      '-w',
      '800',
      '-l',
      '1472',
      '2001:db8::1',
    ]);
    // sizes are whole, non-negative and capped
    expect(pingCommand('linux', 'h', { ...df, size: -5 }).args).toContain('0');
    expect(pingCommand('linux', 'h', { ...df, size: 1e9 }).args).toContain('65500');
    expect(pingCommand('linux', 'h', { count: 1, timeoutMs: 1000, size: 100 }).args).not.toContain('-M');
  });

  it('a time to live / hop limit on each OS, clamped to 1..255', () => {
    const o = { count: 1, timeoutMs: 1000, size: 548, dontFragment: true, ttl: 2 };
    expect(pingCommand('linux', '203.0.113.23', o).args).toEqual([
      ...['-n', '-c', '1', '-W', '1', '-i', '0.2', '-M', 'do', '-t', '2', '-s', '548', '203.0.113.23'],
    ]);
    // iputils' -t sets the IPv6 hop limit too
    expect(pingCommand('linux', '2001:db8::1', o).args).toEqual([
      ...['-n', '-c', '1', '-W', '1', '-i', '0.2', '-M', 'do', '-t', '2', '-s', '548', '2001:db8::1'],
    ]);
    // macOS: -t is the overall timeout, -m the TTL; ping6 takes -h (and -v to print the answer)
    expect(pingCommand('darwin', '203.0.113.23', o).args).toEqual([
      ...[
        '-n',
        '-c',
        '1',
        '-i',
        '0.2',
        '-W',
        '1000',
        '-t',
        '1',
        '-D',
        '-m',
        '2',
        '-s',
        '548',
        '203.0.113.23',
      ],
    ]);
    expect(pingCommand('darwin', '2001:db8::1', { ...o, dontFragment: false })).toEqual({
      file: 'ping6',
      args: ['-n', '-c', '1', '-i', '0.2', '-v', '-h', '2', '-s', '548', '2001:db8::1'],
    });
    expect(pingCommand('win32', '203.0.113.23', o).args).toEqual([
      ...['-n', '1', '-w', '800', '-f', '-i', '2', '-l', '548', '203.0.113.23'],
    ]);
    expect(pingCommand('win32', '2001:db8::1', o).args).toEqual([
      ...['-n', '1', '-w', '800', '-i', '2', '-l', '548', '2001:db8::1'],
    ]);
    expect(pingCommand('linux', 'h', { ...o, ttl: 0 }).args).toContain('1');
    expect(pingCommand('linux', 'h', { ...o, ttl: 900 }).args).toContain('255');
    expect(pingCommand('linux', 'h', { count: 1, timeoutMs: 1000 }).args).not.toContain('-t');
    expect(pingCommand('darwin', 'h', { count: 1, timeoutMs: 1000 }).args).not.toContain('-m');
    expect(pingCommand('win32', 'h', { count: 1, timeoutMs: 1000 }).args).not.toContain('-i');
  });

  it('clamps silly counts and keeps the host as the last, separate argument', () => {
    const c = pingCommand('linux', 'example.test', { count: 0, timeoutMs: 0 });
    expect(c.args.slice(0, 3)).toEqual(['-n', '-c', '1']);
    expect(c.args[c.args.length - 1]).toBe('example.test');
    expect(pingCommand('linux', 'h', { count: 1e9, timeoutMs: 1000 }).args[2]).toBe('100');
  });
});
