import type { FixId, FixParams } from '../../contract';
import { FixInputError, paramsFromDiagnosis } from '../../engine/fixes';
import type { HistoryStore } from '../history-store';

/**
 * Completes a validated switch-dns request from the diagnosis it names (run id, looked up in
 * main's own history, never taken from the renderer): the proposed servers when the renderer
 * sent none, and the diagnosed host for verification. Other fixes only lose the run id.
 */
export function fillFixParams(history: HistoryStore, fixId: FixId, params: FixParams): FixParams {
  if (fixId !== 'switch-dns' || params.runId === undefined) {
    const { runId: _runId, ...rest } = params;
    return rest;
  }
  const result = history.get(params.runId);
  if (!result) throw new FixInputError('That diagnosis is no longer available. Run the checks again.');
  return paramsFromDiagnosis(params, result);
}
