import { aDocument, group, leaf } from '../testing/builders';
import { scoreDocument } from './engine';
import { ScoringInputError } from './scoring-input-error';

const base = () =>
  aDocument(
    [
      group('media', 2, leaf('media.releases', 1), leaf('media.rating', 1, { type: 'rating', max: 5 })),
      leaf('site', 1, { type: 'boolean' }),
    ],
    ['a1', 'a2'],
    {
      a1: { 'media.releases': 3 },
    },
  );

/** Runs the engine on a mutated copy of a valid document and returns the error it throws. */
function errorFor(
  mutate: (doc: ReturnType<typeof base> & Record<string, unknown>) => void,
): ScoringInputError {
  const doc = JSON.parse(JSON.stringify(base()));
  mutate(doc);
  try {
    scoreDocument(doc);
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

const node = (doc: ReturnType<typeof base>, i: number) =>
  doc.framework.indicators[i] as unknown as Record<string, unknown>;
const measureOf = (doc: ReturnType<typeof base>, child: number) =>
  (node(doc, 0)['children'] as Record<string, unknown>[])[child]['measure'] as Record<string, unknown>;

describe('invalid input is refused with the key or agency named', () => {
  it.each([
    [
      'a value for an unknown agency',
      (d) => d.values.push({ agency: 'ghost', indicator: 'site', value: 1 }),
      /values\[1\]: value for unknown agency "ghost"/,
    ],
    [
      'an unknown indicator',
      (d) => d.values.push({ agency: 'a2', indicator: 'media.nope', value: 1 }),
      /unknown indicator "media.nope" \(agency "a2"\)/,
    ],
    [
      'a value on a non-leaf',
      (d) => d.values.push({ agency: 'a2', indicator: 'media', value: 1 }),
      /"media" is not a leaf/,
    ],
    [
      'two values for one agency and indicator',
      (d) => d.values.push({ agency: 'a1', indicator: 'media.releases', value: 4 }),
      /two values for agency "a1" and indicator "media.releases"/,
    ],
    [
      'a value that is not a finite number',
      (d) => d.values.push({ agency: 'a2', indicator: 'media.releases', value: 'NaN' }),
      /agency "a2", indicator "media.releases": value must be a finite number/,
    ],
    [
      'a boolean that is not true/false/1/0',
      (d) => d.values.push({ agency: 'a2', indicator: 'site', value: 2 }),
      /agency "a2", indicator "site": a yes\/no value must be true, false, 1 or 0/,
    ],
    [
      'a negative value',
      (d) => d.values.push({ agency: 'a2', indicator: 'media.releases', value: -1 }),
      /indicator "media.releases": value must not be negative, got -1/,
    ],
    [
      'a rating above its max',
      (d) => d.values.push({ agency: 'a2', indicator: 'media.rating', value: 6 }),
      /rating 6 is above its max 5/,
    ],
    [
      'a weight that is not > 0',
      (d) => (node(d, 1)['weight'] = 0),
      /\(site\): weight of "site" must be a number > 0, got 0/,
    ],
    [
      'duplicate node keys',
      (d) => (node(d, 1)['key'] = 'media.releases'),
      /duplicate node key "media.releases"/,
    ],
    ['duplicate agency ids', (d) => d.agencies.push({ id: 'a1' }), /agencies\[2\]: duplicate agency id "a1"/],
    [
      'a node with both children and measure',
      (d) => (node(d, 0)['measure'] = { type: 'number' }),
      /node "media" must have either children or a measure, not both/,
    ],
    [
      'a node with neither',
      (d) => delete node(d, 1)['measure'],
      /node "site" must have either children or a measure, not neither/,
    ],
    [
      'goalposts with max ≤ min',
      (d) => (measureOf(d, 0)['normalize'] = { method: 'goalposts', min: 5, max: 5 }),
      /goalposts on "media.releases" need max > min/,
    ],
    ['a rating without max', (d) => delete measureOf(d, 1)['max'], /rating "media.rating" needs a max > 0/],
    [
      'an unknown type',
      (d) => (measureOf(d, 0)['type'] = 'money'),
      /unknown type "money" on "media.releases"/,
    ],
    [
      'an unknown direction',
      (d) => (measureOf(d, 0)['direction'] = 'up'),
      /unknown direction "up" on "media.releases"/,
    ],
    [
      'an unknown method',
      (d) => (measureOf(d, 0)['normalize'] = { method: 'zscore' }),
      /unknown method "zscore" on "media.releases"/,
    ],
    [
      'an unknown missing policy',
      (d) => ((d.framework as Record<string, unknown>)['missing'] = 'mean'),
      /framework.missing: unknown missing policy "mean"/,
    ],
  ] as [string, (d: ReturnType<typeof base>) => void, RegExp][])('%s', (_, mutate, message) => {
    expect(errorFor(mutate).message).toMatch(message);
  });

  it('points at the offending place in the document', () => {
    expect(errorFor((d) => (node(d, 1)['weight'] = -2)).path).toBe('framework.indicators[1] (site)');
  });

  it('accepts the valid base document', () => {
    expect(scoreDocument(base()).results).toHaveLength(2);
  });
});
