import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { JsonBytesOf } from './openapi/json-bytes';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A `content-encoding` the API can answer with; `identity` is the body as it is. */
export type BodyEncoding = 'br' | 'gzip' | 'identity';

/** Most preferred first: on equal `q`, the smaller body wins. */
const PREFERENCE: readonly BodyEncoding[] = ['br', 'gzip', 'identity'];

/** One encoding of a body: its bytes and its strong ETag (RFC 9110 §8.8.3: each encoding has its own). */
export interface BodyVariant {
  encoding: BodyEncoding;
  bytes: Buffer;
  etag: string;
}

declare const encodedFrom: unique symbol;

/**
 * A JSON body of a `T` that never changes once made, compressed once so that every read only picks bytes.
 * Made only by {@link encodeBody}.
 */
export type EncodedBody<T = unknown> = Readonly<Record<BodyEncoding, BodyVariant>> & {
  readonly [encodedFrom]: T;
};

/**
 * Compresses `bytes` once, in zlib's thread pool, with gzip level 9 and brotli quality 11 (the smallest either
 * makes, worth the one-off cost for a body read thousands of times). The ETag is a hash of the identity bytes,
 * suffixed per encoding, so equal bytes give equal tags on every instance.
 */
export async function encodeBody<T>(bytes: JsonBytesOf<T>): Promise<EncodedBody<T>> {
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  const tag = createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
  return {
    identity: { encoding: 'identity', bytes, etag: `"${tag}"` },
    gzip: { encoding: 'gzip', bytes: gzipped, etag: `"${tag}-gz"` },
    br: { encoding: 'br', bytes: brotlied, etag: `"${tag}-br"` },
  } as Record<BodyEncoding, BodyVariant> as EncodedBody<T>;
}

/**
 * The encoding to answer an `Accept-Encoding` header with (RFC 9110 §12.5.3): the highest `q` among br, gzip
 * and identity, `*` standing for any not named, br before gzip before identity on equal `q`; identity, when not
 * named, is acceptable but last. Without the header, or when nothing is acceptable, the body goes as it is.
 */
export function chooseEncoding(acceptEncoding: string | undefined): BodyEncoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  // Identity stays acceptable unless excluded, but as the last choice when the client names none of it.
  const weightOf = (encoding: BodyEncoding) =>
    weights.get(encoding) ?? weights.get('*') ?? (encoding === 'identity' ? Number.MIN_VALUE : 0);
  let best: BodyEncoding = 'identity';
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weightOf(encoding);
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

/**
 * Whether an `If-None-Match` header names `etag` (RFC 9110 §13.1.2: `*`, or a list compared weakly, so a `W/`
 * prefix still matches).
 */
export function noneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
