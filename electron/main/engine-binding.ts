import { randomUUID } from 'node:crypto';
import { createNodeEngineDeps, explainText, parseTarget, runDiagnosis } from '../engine';
import type { JsonFetcher, ProxyResolver } from '../engine';
import type { DiagnosisEngine } from './handlers/diagnosis';

/**
 * Binds the plain-Node engine for the app: real system commands and sockets, plus the two
 * things only Electron knows — the session's proxy for a URL, and a fetcher for the
 * opt-in external check.
 */
export function createAppEngine(o: { resolveProxy: ProxyResolver; fetchJson: JsonFetcher }): DiagnosisEngine {
  return {
    checkUrl(url) {
      parseTarget(url);
    },
    run(request, hooks) {
      const deps = createNodeEngineDeps({ resolveProxy: o.resolveProxy, fetchJson: o.fetchJson });
      return runDiagnosis(request, deps, hooks);
    },
    explain: (text) => explainText(text),
    newRunId: () => randomUUID(),
  };
}
