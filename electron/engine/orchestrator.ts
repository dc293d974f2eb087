import type { DiagnosisEvent, DiagnosisOptions, DiagnosisResult } from '../contract';
import type { EngineDeps } from './orchestrator-deps';

/** Progress hooks and cancellation for one run. */
export interface DiagnosisHooks {
  onEvent?: (e: DiagnosisEvent) => void;
  signal?: AbortSignal;
  runId?: string;
}

/**
 * Runs every check for `request.url` (in parallel where independent, within the total
 * budget), then applies the verdict rules. Throws InputError on a bad URL.
 */
export async function runDiagnosis(
  _request: { url: string; options: DiagnosisOptions },
  _deps: EngineDeps,
  _hooks: DiagnosisHooks = {},
): Promise<DiagnosisResult> {
  throw new Error('runDiagnosis: the engine core is being built');
}
