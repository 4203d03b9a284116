/**
 * What a file really is, decided by its bytes, not by the name or type the browser claims.
 * `office` covers word-processing and presentation documents and OpenDocument sheets; `xlsx` is kept apart
 * because imports read it.
 */
export type FileKind = 'pdf' | 'image' | 'office' | 'xlsx' | 'csv';

export interface DetectedType {
  kind: FileKind;
  mediaType: string;
  /** The extension a download gets, whatever the uploaded name ended with. */
  extension: string;
}

/** PDF, images and office documents: what evidence and attachments may be. */
export const DOCUMENT_KINDS: readonly FileKind[] = ['pdf', 'image', 'office', 'xlsx'];

/** The media type of an Excel workbook (OOXML). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const OFFICE_ZIP: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

const OLE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The type of `bytes` among the `accepted` kinds, or null. OOXML and OpenDocument files are ZIP containers and
 * legacy Office files OLE containers, so which document they are is taken from the name; a ZIP under any other
 * name counts as a workbook where workbooks are accepted (imports send them without a name). Text is CSV only
 * where CSV is accepted and the bytes hold no NUL, unless a UTF-16 byte-order mark explains them; an empty file
 * is an empty CSV.
 */
export function detectFileType(
  bytes: Buffer,
  fileName: string,
  accepted: readonly FileKind[],
): DetectedType | null {
  const type = binaryType(bytes, fileName, accepted) ?? textType(bytes);
  return type && accepted.includes(type.kind) ? type : null;
}

function binaryType(bytes: Buffer, fileName: string, accepted: readonly FileKind[]): DetectedType | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(bytes, ascii('%PDF-')))
    return { kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', mediaType: 'image/png', extension: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { kind: 'image', mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
    return { kind: 'image', mediaType: 'image/gif', extension: 'gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return { kind: 'image', mediaType: 'image/webp', extension: 'webp' };
  if (startsWith(bytes, ZIP)) {
    if (OFFICE_ZIP[extension]) return { kind: 'office', mediaType: OFFICE_ZIP[extension], extension };
    if (extension === 'xlsx' || (accepted.includes('xlsx') && !accepted.includes('office')))
      return { kind: 'xlsx', mediaType: XLSX_TYPE, extension: 'xlsx' };
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && OLE[extension])
    return { kind: 'office', mediaType: OLE[extension], extension };
  return null;
}

function textType(bytes: Buffer): DetectedType | null {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  // An empty file is an empty text: where CSV is accepted, the import says it has no rows.
  if (!utf16 && bytes.includes(0)) return null;
  return { kind: 'csv', mediaType: 'text/csv', extension: 'csv' };
}

const EXTENSION_OF: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'text/csv': 'csv',
  'application/zip': 'zip',
  [XLSX_TYPE]: 'xlsx',
  ...Object.fromEntries(Object.entries({ ...OFFICE_ZIP, ...OLE }).map(([ext, type]) => [type, ext])),
};

/**
 * The extension of a media type this module detects or a job produces (a ZIP of reports), or null for any other
 * type. Parameters are ignored: `text/csv; charset=utf-8` is a CSV file.
 */
export function extensionOfMediaType(mediaType: string): string | null {
  return EXTENSION_OF[mediaType.split(';')[0].trim().toLowerCase()] ?? null;
}
