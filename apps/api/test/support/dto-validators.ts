import { DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

export type DtoClass = new () => object;

/** What class-validator checks on one property of a DTO. */
export interface PropertyRules {
  /** Constraint names on the value itself, e.g. `isString`, `isInt`, `isLocalizedText`. */
  names: string[];
  /** Constraint names on each item of an array value (`{ each: true }`). */
  itemNames: string[];
  /** True when `IsOptional` lets `null` through (`IsOptionalButNotNull` does not), or nothing checks the value. */
  acceptsNull: boolean;
  /** True when the property may be left out: `IsOptional`, `IsOptionalButNotNull` or another `ValidateIf`. */
  optional: boolean;
}

/** The validation rules of every property of a DTO class, inherited ones included. */
export function validationRules(dto: DtoClass): Map<string, PropertyRules> {
  const rules = new Map<string, PropertyRules>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const entry = rules.get(meta.propertyName) ?? {
      names: [],
      itemNames: [],
      acceptsNull: false,
      optional: false,
    };
    rules.set(meta.propertyName, entry);
    if (meta.type === 'conditionalValidation') {
      entry.optional = true;
      if (meta.name === 'isOptional') entry.acceptsNull = true;
      continue;
    }
    const name = meta.name ?? meta.constraintCls?.name ?? meta.type;
    if (meta.each) entry.itemNames.push(name);
    else entry.names.push(name);
  }
  // `@Allow()` alone accepts any value, null included.
  for (const entry of rules.values())
    if (entry.names.every((name) => name === 'whitelistValidation')) entry.acceptsNull = true;
  return rules;
}

/** Nested DTO classes a class refers to through its documented properties (`type: [TrainerDto]`). */
export function nestedDtos(dto: DtoClass): DtoClass[] {
  const names = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, dto.prototype) ?? []) as string[];
  return names.flatMap((name) => {
    const meta = Reflect.getMetadata(
      DECORATORS.API_MODEL_PROPERTIES,
      dto.prototype,
      name.replace(/^:/, ''),
    ) as { type?: unknown } | undefined;
    const type = meta?.type;
    return typeof type === 'function' && /^class\s/.test(Function.prototype.toString.call(type))
      ? [type as DtoClass]
      : [];
  });
}

/** The JSON type a constraint requires of a value, for the constraints that require one. */
export const TYPE_OF_CONSTRAINT: Record<string, 'string' | 'number' | 'boolean' | 'array' | 'object'> = {
  isString: 'string',
  isUuid: 'string',
  isDateString: 'string',
  isIso8601: 'string',
  isEmail: 'string',
  isUrl: 'string',
  matches: 'string',
  minLength: 'string',
  maxLength: 'string',
  isInt: 'number',
  isNumber: 'number',
  min: 'number',
  max: 'number',
  isBoolean: 'boolean',
  isArray: 'array',
  arrayMinSize: 'array',
  arrayMaxSize: 'array',
  arrayUnique: 'array',
  isObject: 'object',
  nestedValidation: 'object',
  isLocalizedText: 'object',
  isAttributeMap: 'object',
};
