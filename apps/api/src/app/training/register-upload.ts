import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { InvalidFieldsException } from '../common/api-error';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface RegisterUpload {
  kind: 'csv' | 'xlsx';
  content: Buffer;
}

/**
 * A register file sent as the request body (`text/csv` or the XLSX media type) or as the one file of a form.
 * An XLSX workbook is a ZIP archive, so its first bytes tell it apart whatever name or type it came with.
 */
export async function readRegisterUpload(request: FastifyRequest, body: unknown): Promise<RegisterUpload> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part)
      throw new InvalidFieldsException([{ field: 'file', problems: ['attach the CSV or XLSX file'] }]);
    return classify(await part.toBuffer());
  }
  if (typeof body === 'string') return { kind: 'csv', content: Buffer.from(body, 'utf8') };
  if (Buffer.isBuffer(body)) return classify(body);
  throw new InvalidFieldsException([
    {
      field: 'body',
      problems: [
        'send the register as text/csv, as an XLSX workbook, or as multipart/form-data with one file',
      ],
    },
  ]);
}

function classify(content: Buffer): RegisterUpload {
  const isZip = content.length > 4 && content.readUInt32LE(0) === 0x04034b50;
  return { kind: isZip ? 'xlsx' : 'csv', content };
}
