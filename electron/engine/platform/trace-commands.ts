import type { OsKind } from './types';
import type { TraceFormat } from './trace-parse';
import { ipVersion } from './host';

/** One traceroute-like command to try, with how to read its output. */
export interface TraceCommand {
  tool: 'traceroute' | 'tracepath' | 'mtr' | 'tracert';
  file: string;
  args: string[];
  format: TraceFormat | 'mtr-json' | 'mtr-report';
  /** Probes per hop asked for (lets the streaming parser emit a hop as soon as its line is complete). */
  probesPerHop?: number;
}

export interface TraceArgvOptions {
  maxHops: number;
  timeoutMs: number;
}

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/**
 * The commands to try for a validated host, preferred first: Linux traceroute → tracepath → mtr
 * (JSON, then report for old versions), macOS traceroute (traceroute6 for IPv6), Windows tracert.
 * Numeric output only (-n / -d).
 */
export function traceCommands(os: OsKind, host: string, o: TraceArgvOptions): TraceCommand[] {
  const maxHops = String(clamp(Math.floor(o.maxHops) || 30, 1, 64));
  if (os === 'win32') {
    const waitMs = clamp(Math.floor(o.timeoutMs / ((Number(maxHops) || 30) * 3)), 300, 1000);
    return [
      {
        tool: 'tracert',
        file: 'tracert',
        args: ['-d', '-h', maxHops, '-w', String(waitMs), host],
        format: 'tracert',
        probesPerHop: 3,
      },
    ];
  }
  if (os === 'darwin') {
    // macOS probes one after another: two probes per hop and a 1 s wait keep dead paths short
    const file = ipVersion(host) === 6 ? 'traceroute6' : 'traceroute';
    return [
      {
        tool: 'traceroute',
        file,
        args: ['-n', '-q', '2', '-w', '1', '-m', maxHops, host],
        format: 'traceroute',
        probesPerHop: 2,
      },
    ];
  }
  return [
    {
      tool: 'traceroute',
      file: 'traceroute',
      args: ['-n', '-q', '3', '-w', '1', '-m', maxHops, host],
      format: 'traceroute',
      probesPerHop: 3,
    },
    { tool: 'tracepath', file: 'tracepath', args: ['-n', '-m', maxHops, host], format: 'tracepath' },
    {
      tool: 'mtr',
      file: 'mtr',
      args: ['--json', '-n', '-c', '2', '-G', '1', '-m', maxHops, host],
      format: 'mtr-json',
    },
    { tool: 'mtr', file: 'mtr', args: ['-r', '-n', '-c', '2', '-m', maxHops, host], format: 'mtr-report' },
  ];
}
