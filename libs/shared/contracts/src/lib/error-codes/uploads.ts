/** Refusals of file uploads and of the imports that read them. */
export const UPLOAD_ERRORS = {
  /** 413: a file is larger than the route accepts; nothing was stored. */
  'upload.too_large': 'The file is larger than {maxBytes} bytes; nothing was stored',
  /** 400: more files than the route accepts in one request. */
  'upload.too_many_files': 'Send at most {maxFiles} file(s) at a time',
  /** 400: the request carries no file where one is required. */
  'upload.file_required': 'Attach a file',
  /** 400: the body is neither multipart/form-data nor a type the route takes as a whole file. */
  'upload.not_a_file': 'Send the file as multipart/form-data',
  /** 400: a form field the route does not know. */
  'upload.unknown_field': 'The form has a field this address does not take: {field}',
  /** 400: a text field of the form is longer than the route takes. */
  'upload.field_too_long': 'The form field {field} is too long',
  /** 400: the multipart body is cut short or malformed. */
  'upload.malformed': 'The upload is cut short or malformed ({reason}); send it again',
  /** 400: the file's bytes are not of a type the route accepts, whatever its name says. */
  'upload.unsupported_type': 'This kind of file is not accepted here: {fileName} is not {accepted}',
  /** 400: a text file that is not UTF-8 and not a legacy encoding the import can read with certainty. */
  'upload.unknown_encoding':
    'The file is not UTF-8, and its encoding could not be told with certainty; save it as "CSV UTF-8" and send it again',
  /** 413: an archive (XLSX) that would inflate beyond the import's limit. */
  'upload.archive_too_large': 'The workbook would unpack to more than {maxBytes} bytes',
  /** 413: an archive (XLSX) with more entries than the import's limit. */
  'upload.archive_too_many_entries': 'The workbook has more than {maxEntries} parts',
  /** 400: a workbook or CSV file with more data rows than the import takes at a time. */
  'upload.too_many_rows': 'The file has more than {maxRows} data rows; split it',
} as const;
