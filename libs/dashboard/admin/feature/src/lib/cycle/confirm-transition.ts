import { LIMITS, type Locale, type PublishSummary } from '@prgauge/contracts';
import type { CycleTransition } from '@prgauge/dashboard-admin-data-access';
import { localDigits } from '@prgauge/dashboard-shared-i18n';
import type { ConfirmDialogData } from '@prgauge/dashboard-shared-ui';
import { needsReason, REASON_MIN_LENGTH } from './cycle-actions';
import { PublishSummaryView } from './publish-summary';

/**
 * What the confirmation of a status change says before it happens: reopening also asks why, and publishing shows
 * what will be published (a summary that names a refusal keeps the button disabled).
 */
export function transitionConfirmation(
  action: CycleTransition,
  cycleName: string,
  locale: Locale,
  summary?: PublishSummary,
): ConfirmDialogData {
  return {
    title: { key: `admin.confirm.${action}.title`, params: { name: localDigits(locale, cycleName) } },
    body: { key: `admin.confirm.${action}.body` },
    cancel: 'admin.cancel',
    confirm: `admin.action.${action}`,
    details: summary && { component: PublishSummaryView, inputs: { summary } },
    reason: needsReason(action)
      ? {
          label: 'admin.field.reason',
          hint: 'admin.problem.reason',
          min: REASON_MIN_LENGTH,
          max: LIMITS.reopenReason.max,
        }
      : undefined,
    refused: !!summary?.refusal,
  };
}
