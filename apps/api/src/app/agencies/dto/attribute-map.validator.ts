import { registerDecorator, ValidationOptions } from 'class-validator';

/** `{ prStaff: 4 }`: attribute names made of letters and digits, each a finite number ≥ 0. */
export function IsAttributeMap(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAttributeMap',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must map names (letters and digits) to numbers ≥ 0`, ...options },
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
              n >= 0,
          ),
      },
    });
}
