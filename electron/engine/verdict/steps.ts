import type { FixId, StepId, VerdictId, WhoActs } from '../../contract';
import { VERDICTS } from '../../contract';

/** Who acts, quick fixes and next steps per verdict (derived from the contract's verdict catalog). */
export interface VerdictPlan {
  whoActs: WhoActs;
  fixIds: readonly FixId[];
  visitorSteps: readonly StepId[];
  ownerSteps: readonly StepId[];
}

export const VERDICT_PLANS: Readonly<Record<VerdictId, VerdictPlan>> = VERDICTS;
