import { inject } from '@angular/core';
import { FieldLabels, RefusalText } from '@prgauge/dashboard-shared-i18n';

/**
 * The labels the training forms show (`training.field.*`) for the fields the API names in a refusal
 * (`topicId` is the form's "Topic"). Call in an injection context.
 */
export function trainingFieldLabels(): FieldLabels {
  return inject(RefusalText).labelsFrom('training.field.', {
    topicId: 'topic',
    committeeId: 'committee',
    programmeId: 'programme',
  });
}
