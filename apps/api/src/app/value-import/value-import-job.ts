import type { SessionUser } from '@prgauge/contracts';
import type { ValueCheck } from './value-check';

/** The job kind of a large value import (one of the contracts' `JOB_KINDS`). */
export const VALUE_IMPORT_JOB = 'value-import';

/**
 * A queued apply, as stored in the queue (JSON): the file itself (base64), the dry run's fingerprint, the ticked
 * overwrite keys, and who asked, as they were when they asked.
 */
export interface ValueImportJob {
  cycleId: string;
  fileName: string;
  kind: 'csv' | 'xlsx';
  content: string;
  fingerprint: string;
  overwrite: string[];
  user: SessionUser;
  ip: string;
}

/** How many values an apply of `check` writes: every change, and the overwrites that were ticked. */
export function valuesToWrite(
  check: Pick<ValueCheck, 'changes' | 'overwrites'>,
  overwrite: readonly string[],
): number {
  const ticked = new Set(overwrite);
  return check.changes.length + check.overwrites.filter((o) => ticked.has(o.key)).length;
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
