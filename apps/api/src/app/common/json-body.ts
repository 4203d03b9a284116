import { HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { ApiException } from './api-error';

/**
 * The largest JSON body, in bytes. The biggest legitimate one is a framework tree or a scoring preview,
 * a few hundred kilobytes at most; larger bodies get 413 before they are read further.
 */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * The deepest nesting of arrays and objects a JSON body may have. A framework tree twelve levels deep is
 * about 28; deeper bodies are refused before parsing, because validation walks them recursively and a body
 * nested thousands of levels deep would exhaust the stack.
 */
export const JSON_MAX_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the JSON text nests arrays and objects more than `max` levels deep. One pass over the bytes,
 * skipping strings; in UTF-8 the structural characters never occur inside a multi-byte character.
 */
export function jsonNestsDeeperThan(text: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * Reads JSON bodies with Fastify's own parser (which refuses `__proto__` and `constructor.prototype` keys)
 * after checking their depth, and bounds their size. It replaces the parsers Nest would register, so a
 * form-encoded body, which no route takes, gets 415.
 */
export function useBoundedJsonBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>(
    'application/json',
    { bodyLimit: JSON_BODY_LIMIT },
    (request, body, done) => {
      if (jsonNestsDeeperThan(body, JSON_MAX_DEPTH)) {
        done(
          new ApiException(HttpStatus.BAD_REQUEST, 'request.too_deep', { maxDepth: JSON_MAX_DEPTH }),
          undefined,
        );
        return;
      }
      void parse(request, body.toString('utf8'), done);
    },
  );
}
