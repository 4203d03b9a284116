import { dayIn, LIMITS } from '@prgauge/contracts';
import type { FieldProblems } from '../shared/field-problems';

/** The grant form as typed; the day is `YYYY-MM-DD`. */
export interface ExtensionFormValue {
  agencyId: string;
  untilDay: string;
  reason: string;
}

/** What the API would refuse, per field: the new deadline must fall on a later day than the cycle's, in its zone. */
export function extensionProblems(
  value: ExtensionFormValue,
  cycleDeadline: string,
  timeZone: string,
): FieldProblems {
  const problems: FieldProblems = {};
  if (!value.agencyId) problems['agencyId'] = ['admin.problem.agency'];
  if (!value.untilDay) problems['until'] = ['admin.problem.required'];
  else if (value.untilDay <= dayIn(new Date(cycleDeadline), timeZone))
    problems['until'] = ['admin.problem.untilAfterDeadline'];
  const reason = value.reason.trim().length;
  if (reason < LIMITS.extensionReason.min || reason > LIMITS.extensionReason.max)
    problems['reason'] = ['admin.problem.extensionReason'];
  return problems;
}
