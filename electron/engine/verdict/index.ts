export { decideVerdict } from './rules';
export type { VerdictInput } from './rules';
export { VERDICT_PLANS } from './steps';
export type { VerdictPlan } from './steps';
