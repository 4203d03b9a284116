import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InvalidFieldsException } from './api-error';

/** Half of a UTF-16 surrogate pair without its other half (what `String.isWellFormed` finds, in ES2024). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A null character, or a lone surrogate. */
function isIllFormed(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/** Paths written as validation errors write them: `a.b[0].c`, numeric keys like positions. */
const join = (parent: string, key: string | number) =>
  !parent ? String(key) : /^\d+$/.test(String(key)) ? `${parent}[${key}]` : `${parent}.${key}`;

/**
 * The path of the first text, or object key, that is not well-formed, in the `a.b[0].c` form of validation
 * errors; `undefined` when all are. Iterative, so that no input can exhaust the stack.
 */
export function findIllFormedText(value: unknown, root = ''): string | undefined {
  const pending: [unknown, string][] = [[value, root]];
  while (pending.length > 0) {
    const [current, path] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (isIllFormed(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => pending.push([item, join(path, i)]));
    } else if (typeof current === 'object' && current !== null && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        if (isIllFormed(key)) return join(path, key);
        pending.push([item, join(path, key)]);
      }
    }
  }
  return undefined;
}

/**
 * Runs before validation on every body, query and route parameter: PostgreSQL cannot store a null character
 * in text or JSON, a lone surrogate cannot be encoded as UTF-8, and some validators (e-mail addresses) throw
 * on one. Both are refused here, naming the field, or the key, that holds them.
 */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findIllFormedText(value, metadata.data ?? '');
    if (field !== undefined)
      throw new InvalidFieldsException(
        [
          {
            // A whole body or query that is one text has no field name of its own.
            field: field || metadata.type,
            code: 'field.control_characters',
            problems: ['contains a null character or a broken UTF-16 surrogate pair'],
          },
        ],
        'request.text_not_well_formed',
      );
    return value;
  }
}
