import { ArgumentMetadata, HttpStatus, Injectable, PipeTransform } from '@nestjs/common';
import { ApiException } from './api-error';

/** Types a handler declares for raw bodies: a CSV text, an XLSX buffer, a document it reads itself. */
const RAW_TYPES: unknown[] = [undefined, Object, String, Buffer];

/**
 * Runs before validation: a body declared as a DTO must be a JSON object. An array, a string, a number or
 * `null` would otherwise be validated item by item and answered with fields the route does not have.
 */
@Injectable()
export class ObjectBodyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' || metadata.data || RAW_TYPES.includes(metadata.metatype)) return value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new ApiException(HttpStatus.BAD_REQUEST, 'request.not_an_object', {});
    return value;
  }
}
