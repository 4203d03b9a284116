import type { SessionUser } from '@prgauge/contracts';
/** The job kind of a large value import (one of the contracts' `JOB_KINDS`). */
export const VALUE_IMPORT_JOB = 'value-import';

/**
 * A queued apply, as stored in the queue (JSON): the overwrite keys left as they were, the file's name for the
 * audit entries, and who asked, as they were when they asked. The checked writes themselves are kept apart under
 * the job's id (`queued-writes.queries.ts`).
 */
export interface ValueImportJob {
  cycleId: string;
  fileName: string;
  kept: string[];
  user: SessionUser;
  ip: string;
}

/** The job's result file: one line per value of the file that was to be written, saved or kept as it was. */
export function importReportCsv(appliedKeys: readonly string[], kept: readonly string[]): string {
  const rows = [
    'key,outcome',
    ...appliedKeys.map((key) => `${key},applied`),
    ...kept.map((key) => `${key},kept`),
  ];
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
