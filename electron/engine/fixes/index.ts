// Public API of the quick fixes (engine side: plain Node, everything injected).
export { FixService, validateFixRequest } from './service';
export { FixStateStore } from './state-store';
export type { FixRunResult, FixOutcome } from './service';
export { proposeDnsServers, diagnosedHost, paramsFromDiagnosis, MAX_PROPOSED_SERVERS } from './dns-proposal';
export { FIX_INFO, ALL_FIX_IDS, planFix } from './catalog';
export type { FixPlan } from './catalog';
export { FixInputError, FixBusyError, parseServerList } from './ip';
export { FixNeedsAdminError } from './executor';
export { createNodeFixDeps, createDnsVerifier, defaultStateDir, nodeFixFs, FIX_ENV } from './node-deps';
export { encodePowerShell } from './argv-windows';
export { quotePosixArg } from './posix-quote';
export { describeFixParamsForLog, redactUrlForLog } from './log-redact';
export { BROWSER_IDS, openUrlProblem } from './browsers';
export type { BrowserId } from './browsers';
export type { FixDeps, Elevator, RunHooks, DnsState, SnapshotRecord, HistoryRecord, FixStep } from './types';
