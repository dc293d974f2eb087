import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as dnsPacket from 'dns-packet';
import { encodeQuery, frameTcp, parseReply, takeTcpMessages } from '../../../electron/engine/dns/decode';

describe('DNS decoding', () => {
  it('never throws on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const out = parseReply(bytes);
        expect(typeof out.ok).toBe('boolean');
      }),
      { numRuns: 5000 },
    );
  });
  it('never throws on mutated real replies (property)', () => {
    const real = dnsPacket.encode({
      type: 'response',
      id: 7,
      flags: 0,
      questions: [{ type: 'A', name: 'a.test' }],
      answers: [
        { type: 'A', name: 'a.test', ttl: 5, data: '192.0.2.1' },
        { type: 'CNAME', name: 'b.test', ttl: 5, data: 'c.test' },
      ],
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(real.length - 1), fc.nat(255)), { maxLength: 8 }),
        fc.nat(real.length),
        (edits, cut) => {
          const b = Buffer.from(real);
          for (const [i, v] of edits) b[i] = v;
          expect(() => parseReply(b.subarray(0, cut))).not.toThrow();
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('extracts rcode, truncation and addresses', () => {
    const buf = dnsPacket.encode({
      type: 'response',
      id: 9,
      flags: dnsPacket.TRUNCATED_RESPONSE | 3,
      questions: [{ type: 'A', name: 'X.test' }],
    });
    const out = parseReply(buf);
    expect(out).toEqual({
      ok: true,
      reply: {
        id: 9,
        isResponse: true,
        rcode: 'NXDOMAIN',
        truncated: true,
        questions: [{ name: 'x.test', type: 'A' }],
        addresses: [],
        cnames: [],
      },
    });
  });
  it('rejects short input', () => {
    expect(parseReply(new Uint8Array([1]))).toEqual({ ok: false, error: 'malformed-reply' });
  });
  it('splits a TCP stream into messages, including partial and sub-2-byte tails', () => {
    const q1 = encodeQuery(1, 'a.test', 'A');
    const q2 = encodeQuery(2, 'b.test', 'AAAA');
    const stream = Buffer.concat([frameTcp(q1), frameTcp(q2)]);
    const whole = takeTcpMessages(stream);
    expect(whole.messages.map((m) => m.equals(q1) || m.equals(q2))).toEqual([true, true]);
    expect(whole.rest.length).toBe(0);
    expect(takeTcpMessages(stream.subarray(0, 1))).toEqual({ messages: [], rest: stream.subarray(0, 1) });
    const partial = takeTcpMessages(stream.subarray(0, frameTcp(q1).length + 5));
    expect(partial.messages).toHaveLength(1);
    expect(partial.rest.length).toBe(5);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(() => takeTcpMessages(Buffer.from(bytes))).not.toThrow();
      }),
    );
  });
});
