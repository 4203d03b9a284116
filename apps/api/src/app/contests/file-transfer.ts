import '@fastify/multipart';
import { applyDecorators, BadRequestException } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UploadedAttachment } from './application-filing';

/** Documents a route that takes one file in the multipart field `file`. */
export const ApiFileUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    }),
  );

/** The one file of a multipart request, in the field `file`; anything else is a 400 naming the field. */
export async function readUploadedFile(request: FastifyRequest): Promise<UploadedAttachment> {
  if (!request.isMultipart())
    throw new BadRequestException('Send the file as multipart/form-data with the field file');
  const part = await request.file();
  if (!part)
    throw new BadRequestException({
      message: 'No file was sent',
      details: [{ field: 'file', code: 'field.required', problems: ['is required'] }],
    });
  return { fileName: part.filename, content: await part.toBuffer() };
}

/** Sends a stored file as a download, never rendered inline, under the type its bytes were found to be. */
export async function sendDownload(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; content: Buffer },
): Promise<void> {
  await reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}
