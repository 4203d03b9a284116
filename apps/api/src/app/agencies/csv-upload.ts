import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { InvalidFieldsException } from '../common/api-error';

/** The text of a CSV file sent either as the request body (`text/csv`) or as the one file of a form. */
export async function readCsvUpload(request: FastifyRequest, body: unknown): Promise<string> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part) throw new InvalidFieldsException([{ field: 'file', problems: ['attach the CSV file'] }]);
    return (await part.toBuffer()).toString('utf8');
  }
  if (typeof body === 'string') return body;
  throw new InvalidFieldsException([
    { field: 'body', problems: ['send the CSV file as text/csv, or as multipart/form-data with one file'] },
  ]);
}
