import type { CheckResult, FixId, StepId, Verdict, VerdictId, WhoActs } from '../../contract';
import { VERDICTS, retryAfterAsked, stepsWithRetryAfter } from '../../contract';

/** Who acts, quick fixes and next steps per verdict (derived from the contract's verdict catalog). */
export interface VerdictPlan {
  whoActs: WhoActs;
  fixIds: readonly FixId[];
  visitorSteps: readonly StepId[];
  ownerSteps: readonly StepId[];
}

export const VERDICT_PLANS: Readonly<Record<VerdictId, VerdictPlan>> = VERDICTS;

/**
 * The reasons and steps of a verdict, amended when the site named a time to come back
 * (Retry-After): a reason line with the values, and the step that says when.
 */
export function withRetryAfter(
  checks: readonly CheckResult[],
  plan: VerdictPlan,
  reasons: Verdict['reasons'],
): Pick<Verdict, 'reasons' | 'visitorSteps' | 'ownerSteps'> {
  const retry = retryAfterAsked(checks);
  const asked = retry !== null;
  return {
    reasons: retry
      ? [
          ...reasons,
          {
            checkId: 'site-probe',
            code: 'retry-after',
            detail: `The site asks to try again after ${retry.delaySec} s (Retry-After), at ${retry.at}.`,
          },
        ]
      : reasons,
    visitorSteps: stepsWithRetryAfter(plan.visitorSteps, { asked, visitor: true }),
    ownerSteps: stepsWithRetryAfter(plan.ownerSteps, { asked, visitor: false }),
  };
}
