/** One value a refusal names: a field, an indicator key, a limit, a count, or a date as ISO 8601 text. */
export type ErrorParamValue = string | number;

/** The facts a refusal names, by placeholder; they fill `{name}` in the code's text. */
export type ErrorParams = Readonly<Record<string, ErrorParamValue>>;

/** The `{name}` placeholders of a text template, as a union of names. */
export type PlaceholdersOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** Params that fill every placeholder of a template; more may be sent (clients use them to link or format). */
export type ParamsOfTemplate<T extends string> = {
  readonly [K in PlaceholdersOf<T>]: ErrorParamValue;
} & ErrorParams;

/**
 * Fills `{name}` placeholders from `params`. A placeholder with no param is left as written, so a missing fact
 * shows rather than vanishing.
 */
export function fillTemplate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}
