import { LIMITS } from '@prgauge/contracts';
import type { FieldChecks } from '@prgauge/dashboard-shared-ui';

/** The admin forms' own checks are `admin.…` keys; these name the limits the API validates with. */
export const ADMIN_FIELD_CHECKS: FieldChecks = {
  keyPrefix: 'admin.',
  limits: {
    'admin.problem.name': LIMITS.cycleName,
    'admin.problem.extensionReason': LIMITS.extensionReason,
  },
};
