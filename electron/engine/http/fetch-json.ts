import { get } from 'node:https';
import type { JsonFetcher } from '../orchestrator-deps';

const MAX_JSON_BYTES = 64 * 1024;

/**
 * GETs a small JSON document over HTTPS (used only by the opt-in external vantage check).
 * Rejects on HTTP errors, oversize bodies, bad JSON, timeout or cancellation.
 */
export const fetchJson: JsonFetcher = (url, o) =>
  new Promise((resolve, reject) => {
    const req = get(
      url,
      {
        headers: { Accept: 'application/json', 'User-Agent': 'GatewayDoctor/1' },
        timeout: o.timeoutMs,
        ...(o.signal ? { signal: o.signal } : {}),
      },
      (res) => {
        if ((res.statusCode ?? 0) >= 400) {
          res.resume();
          reject(new Error(`HTTP ${res.statusCode}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_JSON_BYTES) {
            req.destroy(new Error('answer too large'));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
          } catch {
            reject(new Error('answer is not JSON'));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
  });
