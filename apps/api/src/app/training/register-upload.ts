import { ACCEPTED_FILE_KINDS } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import { readOneFile } from '../common/uploads/read-upload';
import type { UploadPolicy } from '../common/uploads/upload-policy';

/** One register, CSV or XLSX, as the body or as the one file of a form, of at most 5 MB. */
export const REGISTER_UPLOAD: UploadPolicy = {
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 1,
  accept: ['csv', 'xlsx'],
  describe: ACCEPTED_FILE_KINDS.table,
  wholeBody: true,
};

export interface RegisterUpload {
  kind: 'csv' | 'xlsx';
  content: Buffer;
}

/**
 * A register file sent as the request body (`text/csv` or the XLSX media type) or as the one file of a form.
 * An XLSX workbook is a ZIP archive, so its first bytes tell it apart whatever name or type it came with.
 */
export async function readRegisterUpload(request: FastifyRequest, body: unknown): Promise<RegisterUpload> {
  const file = await readOneFile(request, REGISTER_UPLOAD, body);
  return { kind: file.kind === 'xlsx' ? 'xlsx' : 'csv', content: file.content };
}
