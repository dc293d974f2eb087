// Public API of the diagnosis engine (plain Node; every outside dependency injected).
export { parseTarget, InputError } from './target';
export { isIpLiteral, currentOs } from './platform';
export type { OsKind } from './platform';
export { runDiagnosis, DiagnosisCancelledError } from './orchestrator';
export type { DiagnosisHooks } from './orchestrator';
export {
  createNodeEngineDeps,
  DEFAULT_ALTERNATIVE_RESOLVERS,
  DEFAULT_CONTROL_URLS,
} from './orchestrator-defaults';
export type { EngineDeps, ProxyResolver, JsonFetcher, SystemInfo } from './orchestrator-deps';
export { explainText, recogniseResponse, sourceLabel } from './recognise';
export { checkLine, formatDiagnosis, whoActsText } from './text/format';
export { checkLabel, stepText } from './text/steps';
