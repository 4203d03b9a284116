declare const jsonOf: unique symbol;

/**
 * A JSON body already serialised, such as a stored publication served byte for byte: the bytes of a `T`.
 * Made only by {@link jsonBytes}, so a handler cannot pass off arbitrary bytes as a documented body.
 */
export type JsonBytesOf<T> = Buffer & { readonly [jsonOf]: T };

/** Serialises a body once, keeping its type for the handler that serves it. */
export const jsonBytes = <T>(body: T): JsonBytesOf<T> => Buffer.from(JSON.stringify(body)) as JsonBytesOf<T>;

/** Bytes read back from where a {@link jsonBytes} result was stored. */
export const storedJsonBytes = <T>(bytes: Buffer): JsonBytesOf<T> => bytes as JsonBytesOf<T>;

/** The empty body of a 304 Not Modified. */
export const NOT_MODIFIED: JsonBytesOf<never> = Buffer.alloc(0) as JsonBytesOf<never>;
