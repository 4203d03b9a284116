import type { FieldProblemCode } from './error-codes';
import type { ErrorParams } from './error-codes/template';
import type { ImportedFileSource } from './imported-file';
import type { MeasureType } from './framework';
import type { LocalizedText } from './locale';
import type { SubmissionStatus } from './submission';

/** What an upload to `POST /api/cycles/:cycleId/value-import` asks for: a check only, or the values saved. */
export const VALUE_IMPORT_MODES = ['dry_run', 'apply'] as const;
export type ValueImportMode = (typeof VALUE_IMPORT_MODES)[number];

/** The most entries an answer lists of each of `problems`, `changes` and `overwrites`; `totals` counts them all. */
export const VALUE_IMPORT_LIST_LIMIT = 200;

/** The languages a value template is written in (`?lang=`). */
export const VALUE_TEMPLATE_LANGS = ['ru', 'kk', 'fa', 'en'] as const;

/** The columns of the long format, in order, as DHIS2 data value sets name them; `comment` may be left out. */
export const VALUE_IMPORT_LONG_COLUMNS = ['agency_code', 'indicator_key', 'value', 'comment'] as const;

/**
 * One problem of an imported file, where the person sees it: `sheet` is the workbook's sheet name (null for a
 * CSV file), `row` the 1-based row or line (the header is 1), `column` the spreadsheet letters (A, B, …, AA).
 */
export interface ValueImportProblem {
  sheet: string | null;
  row: number;
  column: string;
  code: FieldProblemCode;
  /** `indicator` stays the key, as the file writes it. */
  params: ErrorParams;
  /** The title of the indicator `params.indicator` names, when it is one of the cycle's, for the reader's language. */
  indicatorName?: LocalizedText | string;
}

/**
 * One value the import would change (or changed): the agency and indicator, the value now and the value in the
 * file (yes/no as 1/0), with the file's comment. `key` is `agency_code/indicator_key`, the key an overwrite
 * tick names.
 */
export interface ValueImportChange {
  key: string;
  agencyCode: string;
  agencyName: LocalizedText;
  indicator: string;
  indicatorName: LocalizedText | string;
  /** How the values read: yes/no (stored 1/0), a number, a percent, or a rating out of `max`. */
  measure: { type: MeasureType; max?: number };
  current: number | null;
  next: number | null;
  comment: string | null;
  /** The state of the agency's submission before the import. */
  status: SubmissionStatus;
}

/**
 * The answer of a dry run or an apply. `changes` are the values that would change in draft or returned
 * submissions; `overwrites` those that would overwrite submitted or approved data (saved only when ticked).
 * `fingerprint` stands for the file checked and the current values the check read: an apply sends it back and is
 * refused with 409 `value_import.other_file` for another file, and 409 `value_import.stale` when the values
 * changed since. After an apply, `applied` counts the values saved and
 * `kept` lists the overwrites that were not ticked and so were left as they were.
 */
export interface ValueImportResult {
  mode: ValueImportMode;
  source: ImportedFileSource;
  /** `wide` for the template (one row per agency), `long` for agency_code, indicator_key, value, comment. */
  layout: 'wide' | 'long';
  /** The first `VALUE_IMPORT_LIST_LIMIT` problems in reading order; `totals.problems` counts them all. */
  problems: ValueImportProblem[];
  /** The first `VALUE_IMPORT_LIST_LIMIT` changes in file order; `totals.changes` counts them all. */
  changes: ValueImportChange[];
  /** The first `VALUE_IMPORT_LIST_LIMIT` overwrites in file order; `totals.overwrites` counts them all. */
  overwrites: ValueImportChange[];
  /** How many problems, changes and overwrites the file has, listed or not. */
  totals: { problems: number; changes: number; overwrites: number };
  /** Values in the file equal to what is stored: skipped. */
  unchanged: number;
  fingerprint: string;
  applied: number;
  kept: string[];
  /**
   * Set when an apply writes so many values that it runs as a background job (`GET /api/jobs/:id` follows it;
   * its result lists every key applied or kept); `applied` and `kept` are then 0 and empty.
   */
  jobId?: string;
}
