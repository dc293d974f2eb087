// Don't-fragment and TTL-limited ping: how each ping says a packet was too big for the path, or
// that its time to live ran out at a hop. Used by the ping parsers (ping.ts) so one parser per
// tool output reads sizes, losses, "too big" and "time exceeded" alike.
import { cleanIp } from './parse-util';

/** What one output line says about a too-big don't-fragment packet, or null. */
export interface TooBigLine {
  /** The MTU named in the message (Linux and macOS print it; Windows does not). */
  mtu: number | null;
  /** The hop that sent "fragmentation needed" / "packet too big"; null: this computer refused. */
  reportedBy: string | null;
}

/**
 * A hop's ICMP answer: Linux "From <ip> icmp_seq=1 Frag needed and DF set (mtu = 1400)" and
 * IPv6 "From <ip> icmp_seq=1 Packet too big: mtu=1400"; macOS "556 bytes from <name> (<ip>):
 * frag needed and DF set (MTU 1460)".
 */
const REMOTE = /frag(?:mentation)?\s+needed|packet\s+too\s+big/i;
/**
 * This computer would not send it: Linux "ping: local error: message too long, mtu=1400" (IPv6
 * "mtu: 1400"), older "ping: sendmsg: Message too long"; macOS "ping: sendto: Message too long".
 */
const LOCAL = /message\s+too\s+long/i;
const MTU = /\bmtu\s*(?:=|:)?\s*(\d{2,6})\b/i;
const FROM_LINUX = /^\s*From\s+(\S+)/;
const FROM_BSD = /\bbytes\s+from\s+(?:\S+\s+\()?([0-9A-Fa-f.:%]+)\)?:/;

/**
 * A hop's "time exceeded" answer (the TTL / hop limit ran out there): Linux "From <ip>
 * icmp_seq=1 Time to live exceeded" and IPv6 "From <ip> icmp_seq=1 Time exceeded: Hop limit";
 * macOS "92 bytes from <ip>: Time to live exceeded" (an IP header dump follows).
 */
const TIME_EXCEEDED = /time\s+to\s+live\s+exceeded|ttl\s+exceeded|time\s+exceeded/i;

function senderOf(line: string): string | null {
  return cleanIp(FROM_LINUX.exec(line)?.[1] ?? FROM_BSD.exec(line)?.[1]);
}

function mtuOf(line: string): number | null {
  const m = MTU.exec(line)?.[1];
  return m === undefined ? null : Number(m);
}

/** Reads a Linux or macOS ping line for a too-big signal. */
export function unixTooBig(line: string): TooBigLine | null {
  if (REMOTE.test(line)) {
    return { mtu: mtuOf(line), reportedBy: senderOf(line) };
  }
  if (LOCAL.test(line)) return { mtu: mtuOf(line), reportedBy: null };
  return null;
}

/** Reads a Linux or macOS ping line for a hop's "time exceeded": the hop's address, or null. */
export function unixTimeExceeded(line: string): string | null {
  return TIME_EXCEEDED.test(line) ? senderOf(line) : null;
}

/**
 * Windows "Packet needs to be fragmented but DF set." in any display language: the flag keeps
 * its name "DF" in the translations (German "DF-Flag", Spanish "se especificó DF"), and a hop's
 * answer is prefixed "Reply from <ip>:" like the other ICMP errors. No MTU is printed.
 */
export function windowsTooBig(line: string, replyIp: string | null): TooBigLine | null {
  if (!/(^|[^\w-])DF([^\w]|$)/.test(line) || /[=<]\s*\d/.test(line)) return null;
  return { mtu: null, reportedBy: replyIp };
}

const BARE_TTL = /(^|[^\w])TTL([^\w=]|$)/;

/**
 * A Windows "time exceeded" in any display language, found by structure: a "<words> <ip>: <text>"
 * line without "=N"/"<N" values is an ICMP error, and one from an address other than the target
 * under a TTL-limited ping is the hop whose TTL ran out ("Reply from <ip>: TTL expired in
 * transit.", German "Antwort von <ip>: Gültigkeitsdauer bei Übertragung überschritten.").
 * Without a TTL limit only a wording that names "TTL" (English, French, Portuguese, …) counts.
 * Call it for lines that are not a "too big" answer ({@link windowsTooBig}).
 */
export function windowsTimeExceeded(
  line: string,
  replyIp: string | null,
  target: string | null,
  ttlLimited: boolean,
): string | null {
  if (replyIp === null || /[=<]\s*\d/.test(line)) return null;
  if (target !== null && replyIp.toLowerCase() === target.toLowerCase()) return null;
  return ttlLimited || BARE_TTL.test(line) ? replyIp : null;
}
