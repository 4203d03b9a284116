import fc from 'fast-check';

type Path = (string | number)[];

/** An array nested `levels` deep around a number. */
export function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/**
 * Values that have broken APIs before, by kind, so that every kind comes up often: null, numbers beyond any
 * column, text PostgreSQL cannot store, nesting, huge text, wrong types, then anything at all.
 */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(1e300, -1e300, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, -1, 0.5, 5e-324),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>('a\u0000b', '\ud800', 'x\udfffy', { ['a\u0000']: 1 }, ['\u0000']),
  },
  { weight: 1, arbitrary: fc.constantFrom(nested(40), nested(3000)) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), '', '\u202e') },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      true,
      'NaN',
      'Infinity',
      '1e999',
      '-0',
      "'; DROP TABLE agency; --",
      '00000000-0000-0000-0000-000000000000',
      '2026-02-30',
      [],
      [null],
      [1, 'a'],
      {},
      { a: { b: 1 } },
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer()) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Every path into a JSON value, containers included, e.g. `['values', 0, 'value']`. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

export type Mutation =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'extra'; path: Path; value: unknown };

/** Mutations of a body: a field replaced by a bad value, removed, or given an unknown sibling. */
export function mutations(paths: Path[]): fc.Arbitrary<Mutation[]> {
  const path = fc.constantFrom(...paths);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), path, value: badValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), path, value: badValue }) },
  );
  // Mostly one change, so that the rest of the body stays valid and the bad value reaches the service.
  return fc.oneof(
    { weight: 3, arbitrary: mutation.map((m) => [m]) },
    { weight: 1, arbitrary: fc.array(mutation, { minLength: 2, maxLength: 3 }) },
  );
}

/** A deep copy of `body` with the mutations applied; a mutation of the root replaces the whole body. */
export function applyMutations(body: unknown, list: Mutation[]): unknown {
  let result: unknown = structuredClone(body);
  for (const m of list) {
    if (m.path.length === 0) {
      if (m.kind === 'set') result = m.value;
      if (m.kind === 'extra' && isContainer(result))
        (result as Record<string, unknown>)['zzUnknown'] = m.value;
      continue;
    }
    const parent = m.path
      .slice(0, -1)
      .reduce<unknown>((v, k) => (isContainer(v) ? v[k as never] : undefined), result);
    if (!isContainer(parent)) continue;
    const key = m.path[m.path.length - 1];
    const target = parent as Record<string | number, unknown>;
    if (m.kind === 'set') target[key] = m.value;
    if (m.kind === 'delete') delete target[key];
    if (m.kind === 'extra' && isContainer(target[key]))
      (target[key] as Record<string, unknown>)['zzUnknown'] = m.value;
  }
  return result;
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Broken CSV text: hostile characters, huge cells, ragged rows and formula-like cells, from a valid file. */
export function badCsv(valid: string): fc.Arbitrary<string> {
  const insert = fc.constantFrom(
    '\u0000',
    '\ud800',
    '"',
    '\r',
    '\t',
    '=1+1',
    ',,,,,,',
    'x'.repeat(50_000),
    '\n',
  );
  return fc.oneof(
    fc
      .tuple(fc.nat({ max: valid.length }), insert)
      .map(([at, text]) => valid.slice(0, at) + text + valid.slice(at)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constant(`${valid.split('\n')[0]}\n`),
    fc.constant(''),
  );
}
