/**
 * The kinds of file an upload route takes, by a stable name, with the English words the API's messages use for
 * each. A refused upload names the kind in its `accepted` param by these words (`upload.unsupported_type`);
 * clients word the kind in the reader's language from its name (`error-param.accepted.<name>`), never from the
 * English.
 */
export const ACCEPTED_FILE_KINDS = {
  /** Agency lists and attendance registers. */
  table: 'a CSV file or an XLSX workbook',
  /** An indicator's evidence. */
  evidence: 'a PDF, an image (PNG, JPEG, GIF, WebP) or an office document',
  /** A voter's proof of being a journalist. */
  voter_document: 'a PDF or an image (PNG, JPEG, GIF, WebP)',
  /** A contest application's attachments. */
  application_file: 'a PDF, an image or an office document',
} as const;

/** The stable name of a kind of file an upload route takes. */
export type AcceptedFileKind = keyof typeof ACCEPTED_FILE_KINDS;

/** The stable name of the kind an `accepted` param's English words describe; undefined for other words. */
export function acceptedFileKindOf(words: string): AcceptedFileKind | undefined {
  return (Object.keys(ACCEPTED_FILE_KINDS) as AcceptedFileKind[]).find(
    (kind) => ACCEPTED_FILE_KINDS[kind] === words,
  );
}
