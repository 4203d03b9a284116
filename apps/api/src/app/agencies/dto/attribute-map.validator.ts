import { registerDecorator, ValidationOptions } from 'class-validator';
import { MAX_FIGURE } from '../../common/number-bounds';

/** `{ prStaff: 4 }`: attribute names made of letters and digits, each a number from 0 to 10^12. */
export function IsAttributeMap(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAttributeMap',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must map names (letters and digits) to numbers from 0 to ${MAX_FIGURE}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(value).every(
            ([key, n]) =>
              /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(key) &&
              typeof n === 'number' &&
              Number.isFinite(n) &&
              n >= 0 &&
              n <= MAX_FIGURE,
          ),
      },
    });
}
