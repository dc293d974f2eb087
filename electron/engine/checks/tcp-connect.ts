import { connect } from 'node:net';

/** How a TCP connection attempt ended. */
export type TcpOutcome = 'open' | 'refused' | 'silent' | 'unreachable' | 'error';

/**
 * Tries one TCP connection. `refused` (a reset) proves the host is alive; `silent` means
 * nothing came back before the timeout (a drop, or the host is gone).
 */
export function tcpProbe(
  host: string,
  port: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ outcome: TcpOutcome; ms: number; code: string | null }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const socket = connect({ host, port });
    const finish = (outcome: TcpOutcome, code: string | null): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve({ outcome, ms: Math.round((performance.now() - t0) * 10) / 10, code });
    };
    const onAbort = (): void => finish('silent', 'aborted');
    const timer = setTimeout(() => finish('silent', 'ETIMEDOUT'), Math.max(1, timeoutMs));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    socket.once('connect', () => finish('open', null));
    socket.once('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? 'error';
      if (code === 'ECONNREFUSED') finish('refused', code);
      else if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EACCES' || code === 'EPERM')
        finish('unreachable', code);
      else finish('error', code);
    });
  });
}
