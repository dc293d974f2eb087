import type { Hop } from '../../../electron/contract';

/**
 * One hop as a compact string for exact comparisons:
 * "<ttl> <loss>% <probe> ..." with a probe "*" (lost) or "[hostname=]address@rtt[annotation]".
 */
export function compactHop(h: Hop): string {
  const probes = h.probes.map((p) =>
    p.rttMs === null && p.address === null
      ? '*'
      : `${p.hostname !== null ? `${p.hostname}=` : ''}${p.address ?? '?'}@${p.rttMs ?? '-'}${p.annotation ?? ''}`,
  );
  return [`${h.ttl}`, `${h.lossPct}%`, ...probes].join(' ');
}

/** "ttl 100% * * *" lines for a run of silent hops. */
export function silentHops(from: number, to: number, probes = 3): string[] {
  const out: string[] = [];
  for (let t = from; t <= to; t++) out.push([`${t}`, '100%', ...Array<string>(probes).fill('*')].join(' '));
  return out;
}
