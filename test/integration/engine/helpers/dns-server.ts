import * as dnsPacket from 'dns-packet';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';

/** How the loopback test DNS server treats one name. */
export interface NameBehaviour {
  a?: string[];
  aaaa?: string[];
  rcode?: 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';
  /** Never answers. */
  silent?: boolean;
  /** Answers with random bytes. */
  garbage?: boolean;
  /** UDP answers are truncated (TC bit, no answers); TCP gives the full answer. */
  truncate?: boolean;
  /** First sends a reply with a wrong id, then the real one. */
  wrongIdFirst?: boolean;
  delayMs?: number;
}

export interface TestDnsServer {
  port: number;
  address: string;
  /** Queries seen, as `transport type name`. */
  log: string[];
  zones: Record<string, NameBehaviour>;
  close(): Promise<void>;
}

const RCODES = { NOERROR: 0, NXDOMAIN: 3, SERVFAIL: 2, REFUSED: 5 } as const;

function answerFor(
  query: dnsPacket.Packet,
  b: NameBehaviour | undefined,
  transport: 'udp' | 'tcp',
  idOverride?: number,
): Buffer {
  const q = query.questions?.[0];
  const rcodeName = b ? (b.rcode ?? 'NOERROR') : 'NXDOMAIN';
  let flags = dnsPacket.RECURSION_AVAILABLE | RCODES[rcodeName];
  const answers: dnsPacket.Answer[] = [];
  if (q && b && !b.rcode) {
    if (transport === 'udp' && b.truncate) {
      flags |= dnsPacket.TRUNCATED_RESPONSE;
    } else {
      const list = q.type === 'A' ? (b.a ?? []) : q.type === 'AAAA' ? (b.aaaa ?? []) : [];
      for (const data of list)
        answers.push({ type: q.type as 'A', name: q.name, ttl: 60, class: 'IN', data } as dnsPacket.Answer);
    }
  }
  return dnsPacket.encode({
    type: 'response',
    id: idOverride ?? query.id ?? 0,
    flags,
    questions: query.questions ?? [],
    answers,
  });
}

/** Starts a real dns-packet DNS server on loopback, UDP and TCP on the same port. */
export async function startDnsServer(
  zones: Record<string, NameBehaviour>,
  address = '127.0.0.1',
  fixedPort = 0,
): Promise<TestDnsServer> {
  for (let tries = 0; tries < 10; tries++) {
    const udp = createSocket('udp4');
    const bound = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(fixedPort, address, () => resolve(true));
    });
    if (!bound) {
      udp.close();
      if (fixedPort) throw new Error(`port ${fixedPort} on ${address} is taken`);
      continue;
    }
    const port = udp.address().port;
    const sockets = new Set<Socket>();
    const tcp: Server = createServer((s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
      let buf = Buffer.alloc(0);
      s.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk]);
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          const len = buf.readUInt16BE(0);
          const msg = buf.subarray(2, 2 + len);
          buf = buf.subarray(2 + len);
          void handle(msg, 'tcp', (out) => {
            const prefix = Buffer.alloc(2);
            prefix.writeUInt16BE(out.length);
            if (!s.destroyed) s.write(Buffer.concat([prefix, out]));
          });
        }
      });
    });
    const ok = await new Promise<boolean>((resolve) => {
      tcp.once('error', () => resolve(false));
      tcp.listen(port, address, () => resolve(true));
    });
    if (!ok) {
      udp.close();
      if (fixedPort) throw new Error(`TCP port ${fixedPort} on ${address} is taken`);
      continue;
    }
    const server: TestDnsServer = {
      port,
      address,
      log: [],
      zones,
      close: async () => {
        for (const s of sockets) s.destroy();
        udp.close();
        await new Promise<void>((r) => tcp.close(() => r()));
      },
    };
    const handle = async (
      msg: Buffer,
      transport: 'udp' | 'tcp',
      send: (out: Buffer) => void,
    ): Promise<void> => {
      let query: dnsPacket.Packet;
      try {
        query = dnsPacket.decode(msg);
      } catch {
        return;
      }
      const q = query.questions?.[0];
      const name = (q?.name ?? '').toLowerCase();
      server.log.push(`${transport} ${q?.type ?? '?'} ${name}`);
      const b = server.zones[name];
      if (b?.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
      if (b?.silent) return;
      if (b?.garbage) {
        send(Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02]));
        return;
      }
      if (b?.wrongIdFirst)
        send(answerFor(query, { a: ['192.0.2.66'] }, transport, ((query.id ?? 0) + 1) & 0xffff));
      send(answerFor(query, b, transport));
    };
    udp.on('message', (msg, rinfo) => {
      void handle(msg, 'udp', (out) => udp.send(out, rinfo.port, rinfo.address));
    });
    return server;
  }
  throw new Error('could not bind a loopback DNS server');
}
