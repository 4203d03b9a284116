/** Refusals of file uploads and of the imports that read them. */
export const UPLOAD_ERROR_CODES = [
  /** 413: a file is larger than the route accepts; nothing was stored. */
  'upload.too_large',
  /** 400: more files than the route accepts in one request. */
  'upload.too_many_files',
  /** 400: the request carries no file where one is required. */
  'upload.file_required',
  /** 400: the body is neither multipart/form-data nor a type the route takes as a whole file. */
  'upload.not_a_file',
  /** 400: a form field the route does not know. */
  'upload.unknown_field',
  /** 400: the multipart body is cut short or malformed. */
  'upload.malformed',
  /** 400: the file's bytes are not of a type the route accepts, whatever its name says. */
  'upload.unsupported_type',
  /** 400: a text file that is not UTF-8 and not a legacy encoding the import can read with certainty. */
  'upload.unknown_encoding',
  /** 413: an archive (XLSX) that would inflate beyond the import's limit. */
  'upload.archive_too_large',
  /** 413: an archive (XLSX) with more entries than the import's limit. */
  'upload.archive_too_many_entries',
  /** 400: a workbook or CSV file with more data rows than the import takes at a time. */
  'upload.too_many_rows',
] as const;
