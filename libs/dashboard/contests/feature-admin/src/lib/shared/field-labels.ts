import { inject } from '@angular/core';
import { FieldLabels, RefusalText } from '@prgauge/dashboard-shared-i18n';

/**
 * The labels the contest and nomination forms show for the fields the API names in a refusal
 * (`dates.votingEndAt` is the form's "Voting ends"). Call in an injection context.
 */
export function contestFieldLabels(): FieldLabels {
  const refusals = inject(RefusalText);
  const contest = refusals.labelsFrom('contestsAdmin.field.', { regionIds: 'regions' });
  const nomination = refusals.labelsFrom('contestsAdmin.nomination.', {
    juryShare: 'juryPercent',
    scoringMode: 'mode',
    tieBreaks: 'tieRule',
  });
  return (field) => contest(field) ?? nomination(field);
}
