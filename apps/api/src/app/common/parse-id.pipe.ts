import { type ArgumentMetadata, HttpException, ParseUUIDPipe } from '@nestjs/common';
import { InvalidFieldsException } from './api-error';

/**
 * A record id in the path or the query: a UUID (any version), or undefined when `optional` and absent. Anything
 * else is a 400 `request.invalid` naming the parameter with `field.format` (`{ format: 'uuid' }`), as a malformed
 * id in a body is, rather than Nest's bare "Validation failed (uuid is expected)".
 */
export class ParseIdPipe extends ParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      throw new InvalidFieldsException([
        {
          field: metadata.data ?? 'id',
          code: 'field.format',
          params: { format: 'uuid' },
          problems: ['must be a UUID'],
        },
      ]);
    }
  }
}
