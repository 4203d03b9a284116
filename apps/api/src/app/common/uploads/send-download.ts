import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { cleanFileName } from './file-name';
import { extensionOfMediaType } from './file-type';

export interface StoredFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/**
 * Sends a stored file as a download, never rendered inline, under the type its bytes were found to be.
 * The name is cleaned again and given the extension of that type, so files stored before names were cleaned
 * download safely too; Content-Disposition carries an ASCII fallback and the UTF-8 name (RFC 6266).
 */
export async function sendDownload(reply: FastifyReply, file: StoredFile): Promise<void> {
  const extension = extensionOfMediaType(file.mediaType) ?? 'bin';
  await reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(cleanFileName(file.fileName, extension)))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(file.content);
}
