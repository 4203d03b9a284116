import { ACCEPTED_FILE_KINDS, VALUE_IMPORT_MODES, type ValueImportMode } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import { InvalidFieldsException } from '../common/api-error';
import type { TabularLimits } from '../common/tabular/tabular-table';
import { readOneFile } from '../common/uploads/read-upload';
import type { UploadPolicy } from '../common/uploads/upload-policy';
import type { ValueFile, ValueImportRequest } from './value-import.service';

/** One workbook or CSV file of values in a form, up to 20 MB (1,000 agencies × 80 indicators fit in about 2 MB). */
export const VALUE_UPLOAD: UploadPolicy = {
  maxBytes: 20 * 1024 * 1024,
  maxFiles: 1,
  accept: ['csv', 'xlsx'],
  describe: ACCEPTED_FILE_KINDS.table,
  fields: ['mode', 'overwrite', 'fingerprint'],
};

/** How much of a file an import reads: rows of the long layout (100,000 values) and the workbook's bounds. */
export const VALUE_IMPORT_LIMITS: TabularLimits = {
  maxRows: 200_000,
  archive: { maxEntries: 100, maxUncompressedBytes: 200 * 1024 * 1024 },
};

/**
 * The file and the form's fields: `mode` (`dry_run` or `apply`), `fingerprint` (the dry run's, required to
 * apply) and `overwrite` (the ticked `agency_code/indicator_key` keys, comma- or newline-separated). A bad
 * mode or a missing fingerprint is 400 naming the field.
 */
export async function readValueUpload(
  request: FastifyRequest,
): Promise<{ file: ValueFile; request: ValueImportRequest }> {
  const upload = await readOneFile(request, VALUE_UPLOAD);
  const mode = upload.fields['mode'] ?? 'dry_run';
  if (!VALUE_IMPORT_MODES.includes(mode as ValueImportMode))
    throw new InvalidFieldsException([
      { field: 'mode', code: 'field.invalid', params: {}, problems: ['must be dry_run or apply'] },
    ]);
  const fingerprint = upload.fields['fingerprint']?.trim() || null;
  if (mode === 'apply' && !fingerprint)
    throw new InvalidFieldsException([
      {
        field: 'fingerprint',
        code: 'field.required',
        params: {},
        problems: ["is the dry run's fingerprint"],
      },
    ]);
  const overwrite = (upload.fields['overwrite'] ?? '')
    .split(/[,\n]/)
    .map((key) => key.trim())
    .filter(Boolean);
  return {
    file: {
      fileName: upload.fileName,
      kind: upload.kind === 'xlsx' ? 'xlsx' : 'csv',
      content: upload.content,
    },
    request: { mode: mode as ValueImportMode, fingerprint, overwrite },
  };
}
