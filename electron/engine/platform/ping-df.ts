// Don't-fragment ping: how each ping says a packet was too big for the path. Used by the ping
// parsers (ping.ts) so one parser per tool output reads sizes, losses and "too big" alike.
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

function mtuOf(line: string): number | null {
  const m = MTU.exec(line)?.[1];
  return m === undefined ? null : Number(m);
}

/** Reads a Linux or macOS ping line for a too-big signal. */
export function unixTooBig(line: string): TooBigLine | null {
  if (REMOTE.test(line)) {
    const from = FROM_LINUX.exec(line)?.[1] ?? FROM_BSD.exec(line)?.[1];
    return { mtu: mtuOf(line), reportedBy: cleanIp(from) };
  }
  if (LOCAL.test(line)) return { mtu: mtuOf(line), reportedBy: null };
  return null;
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
