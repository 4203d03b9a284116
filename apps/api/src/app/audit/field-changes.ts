import type { FieldChange, JsonValue } from './audit-entry.entity';

/** The fields whose values differ between two versions of a record, for the audit trail. */
export function fieldChanges<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: (keyof T & string)[],
): FieldChange[] {
  return fields
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, old: toJson(before?.[field]), new: toJson(after[field]) }));
}

function toJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}
