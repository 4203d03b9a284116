import { LIMITS } from '@prgauge/contracts';
import type { FieldChecks } from '@prgauge/dashboard-shared-ui';

/** The organisation forms' own checks are `org.…` keys; these name the limits the API validates with. */
export const ORG_FIELD_CHECKS: FieldChecks = {
  keyPrefix: 'org.',
  limits: {
    'org.problem.nameTooLong': LIMITS.localizedText,
    'org.problem.login': LIMITS.login,
    'org.problem.displayName': LIMITS.accountName,
  },
};
