import { aDocument, anAgency, group, leaf } from '../testing/builders';
import { scoreDocument } from './engine';
import { ScoringInputError } from './scoring-input-error';
import type { ScoringInput } from './types';
import { validateScoringInput } from './validate-input';

type Json = Record<string, unknown>;

/** media (releases: number, rating: rating of 5) and site (boolean); a1 reported releases only. */
const base = (): ScoringInput =>
  aDocument(
    [
      group(
        'media',
        2,
        leaf('media.releases', 1, { type: 'number', per: 'prStaff' }),
        leaf('media.rating', 1, { type: 'rating', max: 5 }),
      ),
      leaf('site', 1, { type: 'boolean' }),
    ],
    [anAgency('a1').with('prStaff', 2).build(), 'a2'],
    { a1: { 'media.releases': 3 } },
  );

/** Validates a mutated copy of the valid base document and returns the error it throws. */
function errorFor(mutate: (doc: Json) => void): ScoringInputError {
  const doc = JSON.parse(JSON.stringify(base())) as Json;
  mutate(doc);
  try {
    validateScoringInput(doc);
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

const list = (doc: Json, field: string) => doc[field] as Json[];
const framework = (doc: Json) => doc['framework'] as Json;
const top = (doc: Json, i: number) => list(framework(doc), 'indicators')[i];
const mediaChild = (doc: Json, i: number) => list(top(doc, 0), 'children')[i];
const measureOf = (doc: Json, i: number) => mediaChild(doc, i)['measure'] as Json;
const addValue = (doc: Json, agency: string, indicator: string, value: unknown) =>
  list(doc, 'values').push({ agency, indicator, value });

interface Rule {
  rule: string;
  mutate: (doc: Json) => void;
  path: string;
  message: RegExp;
  subject: { key?: string; agency?: string };
}

const rules: Rule[] = [
  {
    rule: 'a value for an unknown agency',
    mutate: (d) => addValue(d, 'ghost', 'site', 1),
    path: 'values[1]',
    message: /^values\[1\]: value for unknown agency "ghost"$/,
    subject: { agency: 'ghost' },
  },
  {
    rule: 'a value for an unknown indicator',
    mutate: (d) => addValue(d, 'a2', 'media.nope', 1),
    path: 'values[1].indicator',
    message: /unknown indicator "media.nope" \(agency "a2"\)/,
    subject: { agency: 'a2', key: 'media.nope' },
  },
  {
    rule: 'a value on a non-leaf key',
    mutate: (d) => addValue(d, 'a2', 'media', 1),
    path: 'values[1].indicator',
    message: /"media" is not a leaf: values go on leaves only \(agency "a2"\)/,
    subject: { agency: 'a2', key: 'media' },
  },
  {
    rule: 'two values for the same agency and indicator',
    mutate: (d) => addValue(d, 'a1', 'media.releases', 4),
    path: 'values[1]',
    message: /two values for agency "a1" and indicator "media.releases"/,
    subject: { agency: 'a1', key: 'media.releases' },
  },
  {
    rule: 'a value that is not a number',
    mutate: (d) => addValue(d, 'a2', 'media.releases', 'NaN'),
    path: 'values[1].value',
    message: /agency "a2", indicator "media.releases": value must be a finite number, got "NaN"/,
    subject: { agency: 'a2', key: 'media.releases' },
  },
  {
    rule: 'a null value',
    mutate: (d) => addValue(d, 'a2', 'media.rating', null),
    path: 'values[1].value',
    message: /agency "a2", indicator "media.rating": value must be a finite number, got null/,
    subject: { agency: 'a2', key: 'media.rating' },
  },
  {
    rule: 'a yes/no value on a number leaf',
    mutate: (d) => addValue(d, 'a2', 'media.releases', true),
    path: 'values[1].value',
    message: /agency "a2", indicator "media.releases": value must be a finite number, got true/,
    subject: { agency: 'a2', key: 'media.releases' },
  },
  {
    rule: 'a boolean that is not true, false, 1 or 0',
    mutate: (d) => addValue(d, 'a2', 'site', 2),
    path: 'values[1].value',
    message: /agency "a2", indicator "site": a yes\/no value must be true, false, 1 or 0, got 2/,
    subject: { agency: 'a2', key: 'site' },
  },
  {
    rule: 'a negative value',
    mutate: (d) => addValue(d, 'a2', 'media.releases', -1),
    path: 'values[1].value',
    message: /agency "a2", indicator "media.releases": value must not be negative, got -1/,
    subject: { agency: 'a2', key: 'media.releases' },
  },
  {
    rule: 'a rating above its max',
    mutate: (d) => addValue(d, 'a2', 'media.rating', 6),
    path: 'values[1].value',
    message: /agency "a2", indicator "media.rating": rating 6 is above its max 5/,
    subject: { agency: 'a2', key: 'media.rating' },
  },
  {
    rule: 'a top-level weight of 0',
    mutate: (d) => (top(d, 1)['weight'] = 0),
    path: 'framework.indicators[1].weight',
    message: /weight of "site" must be a number > 0, got 0/,
    subject: { key: 'site' },
  },
  {
    rule: 'a negative sub-node weight',
    mutate: (d) => (mediaChild(d, 1)['weight'] = -2),
    path: 'framework.indicators[0].children[1].weight',
    message: /weight of "media.rating" must be a number > 0, got -2/,
    subject: { key: 'media.rating' },
  },
  {
    rule: 'a weight that is not a number',
    mutate: (d) => (top(d, 0)['weight'] = '2'),
    path: 'framework.indicators[0].weight',
    message: /weight of "media" must be a number > 0, got "2"/,
    subject: { key: 'media' },
  },
  {
    rule: 'a weight beyond any real one',
    mutate: (d) => (top(d, 0)['weight'] = 1e300),
    path: 'framework.indicators[0].weight',
    message: /weight of "media" must be at most 1000000, got 1e\+300/,
    subject: { key: 'media' },
  },
  {
    rule: 'duplicate node keys',
    mutate: (d) => (top(d, 1)['key'] = 'media.releases'),
    path: 'framework.indicators[1].key',
    message: /duplicate node key "media.releases"/,
    subject: { key: 'media.releases' },
  },
  {
    rule: 'duplicate agency ids',
    mutate: (d) => list(d, 'agencies').push({ id: 'a1' }),
    path: 'agencies[2].id',
    message: /duplicate agency id "a1"/,
    subject: { agency: 'a1' },
  },
  {
    rule: 'a node with both children and a measure',
    mutate: (d) => (top(d, 0)['measure'] = { type: 'number' }),
    path: 'framework.indicators[0]',
    message: /node "media" must have either children or a measure, not both/,
    subject: { key: 'media' },
  },
  {
    rule: 'a node with neither children nor a measure',
    mutate: (d) => delete top(d, 1)['measure'],
    path: 'framework.indicators[1]',
    message: /node "site" must have either children or a measure, not neither/,
    subject: { key: 'site' },
  },
  {
    rule: 'a group with no children',
    mutate: (d) => (top(d, 0)['children'] = []),
    path: 'framework.indicators[0].children',
    message: /children of "media" must be a non-empty array/,
    subject: { key: 'media' },
  },
  {
    rule: 'goalposts with max equal to min',
    mutate: (d) => (measureOf(d, 0)['normalize'] = { method: 'goalposts', min: 5, max: 5 }),
    path: 'framework.indicators[0].children[0].measure.normalize.max',
    message: /goalposts on "media.releases" need max > min, got min 5 and max 5/,
    subject: { key: 'media.releases' },
  },
  {
    rule: 'goalposts with max below min',
    mutate: (d) => (measureOf(d, 0)['normalize'] = { method: 'goalposts', min: 48, max: 0 }),
    path: 'framework.indicators[0].children[0].measure.normalize.max',
    message: /goalposts on "media.releases" need max > min, got min 48 and max 0/,
    subject: { key: 'media.releases' },
  },
  {
    rule: 'a rating without max',
    mutate: (d) => delete measureOf(d, 1)['max'],
    path: 'framework.indicators[0].children[1].measure.max',
    message: /rating "media.rating" needs a max > 0, got nothing/,
    subject: { key: 'media.rating' },
  },
  {
    rule: 'a rating max beyond any real one',
    mutate: (d) => (measureOf(d, 1)['max'] = 1e300),
    path: 'framework.indicators[0].children[1].measure.max',
    message: /rating "media.rating" max must be at most 1000000, got 1e\+300/,
    subject: { key: 'media.rating' },
  },
  {
    rule: 'an unknown type',
    mutate: (d) => (measureOf(d, 0)['type'] = 'money'),
    path: 'framework.indicators[0].children[0].measure.type',
    message: /unknown type "money" on "media.releases"/,
    subject: { key: 'media.releases' },
  },
  {
    rule: 'an unknown direction',
    mutate: (d) => (measureOf(d, 0)['direction'] = 'up'),
    path: 'framework.indicators[0].children[0].measure.direction',
    message: /unknown direction "up" on "media.releases"/,
    subject: { key: 'media.releases' },
  },
  {
    rule: 'an unknown normalisation method',
    mutate: (d) => (measureOf(d, 0)['normalize'] = { method: 'zscore' }),
    path: 'framework.indicators[0].children[0].measure.normalize.method',
    message: /unknown method "zscore" on "media.releases"/,
    subject: { key: 'media.releases' },
  },
  {
    rule: 'an unknown missing policy',
    mutate: (d) => (framework(d)['missing'] = 'mean'),
    path: 'framework.missing',
    message: /^framework.missing: unknown missing policy "mean"; use "zero" or "exclude"$/,
    subject: {},
  },
  {
    rule: 'a normalisation on a rating',
    mutate: (d) => (measureOf(d, 1)['normalize'] = { method: 'rank' }),
    path: 'framework.indicators[0].children[1].measure.normalize',
    message: /normalisation applies to number and percent measures only, not to rating "media.rating"/,
    subject: { key: 'media.rating' },
  },
  {
    rule: 'a negative attribute that a leaf divides by',
    mutate: (d) => (list(d, 'agencies')[0]['attributes'] = { prStaff: -1 }),
    path: 'agencies[0].attributes.prStaff',
    message: /attribute "prStaff" of agency "a1" must not be negative/,
    subject: { agency: 'a1' },
  },
  {
    rule: 'a scale that is not > 0',
    mutate: (d) => (framework(d)['scale'] = 0),
    path: 'framework.scale',
    message: /scale must be a number > 0, got 0/,
    subject: {},
  },
  {
    rule: 'a scale beyond any real one',
    mutate: (d) => (framework(d)['scale'] = 1e300),
    path: 'framework.scale',
    message: /scale must be at most 1000000, got 1e\+300/,
    subject: {},
  },
  {
    rule: 'a sensitivity spread of 1 or more',
    mutate: (d) => (d['sensitivity'] = { runs: 10, spread: 1, seed: 1 }),
    path: 'sensitivity.spread',
    message: /spread must be a number in \[0, 1\), got 1/,
    subject: {},
  },
];

describe('invalid input is refused with one message that names the key or agency', () => {
  it.each(rules)('$rule → $path', ({ mutate, path, message, subject }) => {
    const error = errorFor(mutate);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
    expect(error.path).toBe(path);
    expect({ key: error.key, agency: error.agency }).toEqual({ key: subject.key, agency: subject.agency });
  });

  it('refuses a document that is not an object, or lacks its parts', () => {
    expect(() => validateScoringInput(null)).toThrow(/^input: must be an object/);
    expect(() => validateScoringInput({ framework: base().framework, values: [] })).toThrow(
      /^agencies: must be an array/,
    );
    expect(() => validateScoringInput({ ...base(), values: {} })).toThrow(/^values: must be an array/);
  });

  it('scoreDocument validates as well, so a typed but wrong document still fails', () => {
    const doc = base();
    doc.values.push({ agency: 'a2', indicator: 'site', value: 3 });
    expect(() => scoreDocument(doc)).toThrow(ScoringInputError);
  });

  it('accepts the valid base document, a null group, and names in any language', () => {
    const doc = base() as unknown as Json;
    list(doc, 'agencies')[1]['group'] = null;
    list(doc, 'agencies')[1]['name'] = { fa: 'اداره کل', ru: 'Управление' };
    expect(validateScoringInput(doc).agencies[1]).toEqual({
      id: 'a2',
      name: { fa: 'اداره کل', ru: 'Управление' },
    });
  });
});
