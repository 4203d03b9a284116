import { inject } from '@angular/core';
import { FieldLabels, RefusalText } from '@prgauge/dashboard-shared-i18n';

/** The labels of the committee forms (`committees.*`) for the fields the API names. */
export function committeeFieldLabels(): FieldLabels {
  return inject(RefusalText).labelsFrom('committees.', {
    indices: 'duties',
    userId: 'account',
    personName: 'memberName',
    role: 'memberRole',
  });
}
