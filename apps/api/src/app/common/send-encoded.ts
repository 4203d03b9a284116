import type { FastifyReply } from 'fastify';
import { chooseEncoding, type EncodedBody, noneMatchHits } from './encoded-body';
import { type JsonBytesOf, NOT_MODIFIED, storedJsonBytes } from './openapi/json-bytes';

/** What a request says about the representation it wants, and how long the answer may be kept. */
export interface EncodedReplyOptions {
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
  /** The `Cache-Control` value, sent with 200 and 304 alike. */
  cacheControl: string;
}

/**
 * Answers with the encoding of `body` the client takes best (see `chooseEncoding`), its strong ETag, and
 * `Vary: Accept-Encoding`; a 304 with no body when `If-None-Match` names that ETag. Returns the bytes to send,
 * once that encoding has been made (see `encodeBody`).
 */
export async function sendEncoded<T>(
  reply: FastifyReply,
  body: EncodedBody<T>,
  { acceptEncoding, ifNoneMatch, cacheControl }: EncodedReplyOptions,
): Promise<JsonBytesOf<T>> {
  const variant = await body.variant(chooseEncoding(acceptEncoding));
  void reply
    .header('vary', 'accept-encoding')
    .header('etag', variant.etag)
    .header('cache-control', cacheControl)
    .type('application/json');
  if (noneMatchHits(ifNoneMatch, variant.etag)) {
    void reply.status(304);
    return NOT_MODIFIED;
  }
  if (variant.encoding !== 'identity') void reply.header('content-encoding', variant.encoding);
  return storedJsonBytes<T>(variant.bytes);
}
