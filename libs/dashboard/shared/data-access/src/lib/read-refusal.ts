import { computed, inject, type Resource, type Signal, type WritableResource } from '@angular/core';
import { RefusalText } from '@prgauge/dashboard-shared-i18n';
import { apiProblemOf } from './api-problem';

/**
 * Why the first of `reads` that failed did (403, 404, the server out of reach), in the reader's language; null
 * while none has failed. A page shows it in place of what it could not read. Call it in a field initialiser
 * (it injects).
 */
export function readRefusal(...reads: Pick<Resource<unknown>, 'error'>[]): Signal<string | null> {
  const refusals = inject(RefusalText);
  return computed(() => {
    const error = reads.map((read) => read.error()).find((e) => e !== undefined);
    return error === undefined ? null : refusals.summary(apiProblemOf(error));
  });
}

/** Reads again each of `reads` that failed, for a "try again" beside their refusal; the others keep their value. */
export function reloadFailed(...reads: Pick<WritableResource<unknown>, 'error' | 'reload'>[]): void {
  for (const read of reads) if (read.error() !== undefined) read.reload();
}
