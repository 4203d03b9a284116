import type { FileKind } from './file-type';

/** What one route accepts in an upload; the one upload reader enforces it before anything is stored. */
export interface UploadPolicy {
  /** The largest file taken, in bytes; a larger one is refused with 413 `upload.too_large`. */
  maxBytes: number;
  /** Files one request may carry in the field `file`; more is 400 `upload.too_many_files`. */
  maxFiles: number;
  /** The kinds taken, decided from the bytes; anything else is 400 `upload.unsupported_type`. */
  accept: readonly FileKind[];
  /** How the accepted kinds are named to the person uploading, e.g. "a PDF or an image". */
  describe: string;
  /** Text fields the form may carry beside the file; any other is 400 `upload.unknown_field`. */
  fields?: readonly string[];
  /** Whether the file may also be the whole request body (text/csv or the XLSX media type). */
  wholeBody?: boolean;
}

/** The largest request body taken as a whole file (text/csv, XLSX), in bytes. */
export const MAX_WHOLE_BODY_BYTES = 10 * 1024 * 1024;

/** The longest text field a form may carry, in bytes. */
export const MAX_FIELD_BYTES = 4096;
