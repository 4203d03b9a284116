import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as text to keep its precision; hours fit a JavaScript number exactly enough. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
