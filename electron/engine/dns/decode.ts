import * as dnsPacket from 'dns-packet';
import { isIPv4, isIPv6 } from 'node:net';

/** What the engine keeps from one DNS reply. */
export interface ParsedReply {
  id: number;
  /** True for a response (QR bit set). */
  isResponse: boolean;
  rcode: string;
  truncated: boolean;
  questions: { name: string; type: string }[];
  /** A / AAAA addresses from the answer section, in order, de-duplicated. */
  addresses: string[];
  /** CNAME targets seen on the way. */
  cnames: string[];
}

export type ParseOutcome = { ok: true; reply: ParsedReply } | { ok: false; error: string };

const TC_FLAG = 1 << 9;
const QR_FLAG = 1 << 15;
const MIN_HEADER = 12;

/**
 * Decodes a DNS message without ever throwing: dns-packet throws (or returns half-filled
 * objects) on malformed input, so every field is checked before the engine trusts it.
 */
export function parseReply(buf: Uint8Array): ParseOutcome {
  if (buf.byteLength < MIN_HEADER) return { ok: false, error: 'malformed-reply' };
  let packet: dnsPacket.Packet;
  try {
    packet = dnsPacket.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
  } catch {
    return { ok: false, error: 'malformed-reply' };
  }
  try {
    const flags = typeof packet.flags === 'number' ? packet.flags : 0;
    const questions = (packet.questions ?? []).map((q) => ({
      name: String(q.name).toLowerCase(),
      type: String(q.type),
    }));
    const addresses: string[] = [];
    const cnames: string[] = [];
    for (const a of packet.answers ?? []) {
      if (
        (a.type === 'A' && typeof a.data === 'string' && isIPv4(a.data)) ||
        (a.type === 'AAAA' && typeof a.data === 'string' && isIPv6(a.data))
      ) {
        if (!addresses.includes(a.data)) addresses.push(a.data);
      } else if (a.type === 'CNAME' && typeof a.data === 'string') {
        cnames.push(a.data.toLowerCase());
      }
    }
    const rcode =
      typeof (packet as { rcode?: unknown }).rcode === 'string'
        ? (packet as { rcode: string }).rcode
        : 'UNKNOWN';
    return {
      ok: true,
      reply: {
        id: typeof packet.id === 'number' ? packet.id : -1,
        isResponse: (flags & QR_FLAG) !== 0 || packet.type === 'response',
        rcode,
        truncated: (flags & TC_FLAG) !== 0,
        questions,
        addresses,
        cnames,
      },
    };
  } catch {
    return { ok: false, error: 'malformed-reply' };
  }
}

/** Encodes a standard recursive query (never throws for a validated name). */
export function encodeQuery(id: number, name: string, type: 'A' | 'AAAA'): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name, class: 'IN' }],
  });
}

/**
 * Splits a TCP byte stream into DNS messages (2-byte big-endian length prefix, RFC 1035 4.2.2).
 * Returns the complete messages and the unconsumed rest; never throws on short input.
 */
export function takeTcpMessages(stream: Buffer): { messages: Buffer[]; rest: Buffer } {
  const messages: Buffer[] = [];
  let offset = 0;
  while (stream.byteLength - offset >= 2) {
    const len = stream.readUInt16BE(offset);
    if (stream.byteLength - offset - 2 < len) break;
    messages.push(stream.subarray(offset + 2, offset + 2 + len));
    offset += 2 + len;
  }
  return { messages, rest: stream.subarray(offset) };
}

/** Prefixes a message with its 2-byte length for DNS over TCP. */
export function frameTcp(message: Buffer): Buffer {
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(message.byteLength, 0);
  return Buffer.concat([prefix, message]);
}
