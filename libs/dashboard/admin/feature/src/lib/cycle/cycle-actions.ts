import { LIMITS, type CycleStatus } from '@prgauge/contracts';
import type { CycleTransition } from '@prgauge/dashboard-admin-data-access';

/**
 * The status changes a cycle allows from where it is: draft → open → review → published → archived. Imported
 * history skips the review: it is published straight from open, once its past values are in.
 */
export function actionsFor(status: CycleStatus, importedHistory = false): CycleTransition[] {
  switch (status) {
    case 'draft':
      return ['open'];
    case 'open':
      return importedHistory ? ['publish'] : ['close'];
    case 'review':
      return ['publish'];
    case 'published':
      return ['reopen', 'archive'];
    case 'archived':
      return [];
  }
}

/** Reopening takes published results back, so the audit trail keeps a written reason of some length. */
export const needsReason = (action: CycleTransition): boolean => action === 'reopen';

export const REASON_MIN_LENGTH = LIMITS.reopenReason.min;

/** Only the framework of a draft can change; for the others the editor shows it read-only. */
export const frameworkEditable = (status: CycleStatus): boolean => status === 'draft';

/** Extensions are granted while submissions are open. */
export const extensionsOpen = (status: CycleStatus): boolean => status === 'open';
