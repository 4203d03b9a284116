import fc from 'fast-check';
import { prepareScoring, scoreDocument } from './engine';
import type { FrameworkNode, ScoringInput } from './types';

const measures = fc.constantFrom<FrameworkNode['measure' & keyof FrameworkNode]>(
  { type: 'number' },
  { type: 'number', direction: 'lower' },
  { type: 'number', normalize: { method: 'rank' } },
  { type: 'percent' },
  { type: 'number', normalize: { method: 'goalposts', min: 0, max: 50 } },
);

/** Random documents: 1–4 indices of 1–3 leaves, 2–8 agencies, some values missing. */
const documents = fc
  .record({
    shape: fc.array(
      fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), measures), { minLength: 1, maxLength: 3 }),
      { minLength: 1, maxLength: 4 },
    ),
    indexWeights: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 4, maxLength: 4 }),
    agencyCount: fc.integer({ min: 2, max: 8 }),
    missing: fc.constantFrom<'zero' | 'exclude'>('zero', 'exclude'),
    seedValues: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), {
      minLength: 96,
      maxLength: 96,
    }),
  })
  .map(({ shape, indexWeights, agencyCount, missing, seedValues }): ScoringInput => {
    const indicators = shape.map((leaves, i) => ({
      key: `i${i}`,
      weight: indexWeights[i],
      children: leaves.map(([weight, measure], j) => ({
        key: `i${i}.l${j}`,
        weight,
        measure: measure as never,
      })),
    }));
    const agencies = Array.from({ length: agencyCount }, (_, a) => ({
      id: `a${a}`,
      group: a % 2 ? 'odd' : 'even',
    }));
    const leafKeys = indicators.flatMap((node) => node.children.map((c) => c.key));
    const values = agencies.flatMap((agency, a) =>
      leafKeys.flatMap((indicator, l) => {
        const value = seedValues[(a * 12 + l) % seedValues.length];
        return value === undefined ? [] : [{ agency: agency.id, indicator, value }];
      }),
    );
    return { framework: { missing, indicators }, agencies, values };
  });

const leafKeysOf = (doc: ScoringInput) =>
  doc.framework.indicators.flatMap((n) => ('children' in n ? n.children.map((c) => c.key) : [n.key]));

describe('properties', () => {
  it('leaf scores stay within [0, 100]', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        for (const result of scoreDocument(doc).results) {
          for (const key of leafKeysOf(doc)) {
            const score = result.scores[key];
            if (score !== null) expect(score >= 0 && score <= 100).toBe(true);
          }
        }
      }),
    );
  });

  it("the leaves' contributions sum to the total", () => {
    fc.assert(
      fc.property(documents, (doc) => {
        for (const result of scoreDocument(doc).results) {
          const sum = leafKeysOf(doc).reduce((total, key) => total + (result.contributions[key] ?? 0), 0);
          if (result.total === null) expect(sum).toBe(0);
          else expect(sum).toBeCloseTo(result.total, 9);
        }
      }),
    );
  });

  it("scaling all weights of a node's children by one factor changes nothing", () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 2, max: 9 }), (doc, factor) => {
        const scaled = structuredClone(doc);
        scaled.framework.indicators.forEach((node) => (node.weight *= factor));
        const first = scaled.framework.indicators[0];
        if ('children' in first) first.children.forEach((child) => (child.weight *= factor));
        const a = scoreDocument(doc).results;
        const b = scoreDocument(scaled).results;
        expect(b.map((r) => [r.agency, r.rank])).toEqual(a.map((r) => [r.agency, r.rank]));
        b.forEach((r, i) => expect(r.total ?? -1).toBeCloseTo(a[i].total ?? -1, 9));
      }),
    );
  });

  it("raising one agency's value of a higher-is-better leaf never lowers its total", () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 50 }), (doc, raise) => {
        const higherLeaf = doc.framework.indicators
          .flatMap((n) => ('children' in n ? n.children : []))
          .find((leaf) => 'measure' in leaf && leaf.measure.direction !== 'lower');
        const entry = doc.values.find((v) => v.agency === 'a0' && v.indicator === higherLeaf?.key);
        if (!entry) return;
        const raised = structuredClone(doc);
        const target = raised.values.find((v) => v.agency === 'a0' && v.indicator === entry.indicator);
        if (target) target.value = (target.value as number) + raise;
        const before = scoreDocument(doc).results.find((r) => r.agency === 'a0')?.total ?? 0;
        const after = scoreDocument(raised).results.find((r) => r.agency === 'a0')?.total ?? 0;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });

  it('permuting the input order changes no result', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 1000 }), (doc, seed) => {
        const shuffle = <T>(items: T[]) =>
          items
            .map((item, i) => ({ item, k: (i * 7919 + seed * 104729) % 1009 }))
            .sort((x, y) => x.k - y.k)
            .map((x) => x.item);
        const permuted = { ...doc, agencies: shuffle(doc.agencies), values: shuffle(doc.values) };
        expect(scoreDocument(permuted)).toEqual(scoreDocument(doc));
      }),
    );
  });

  it('weight overrides equal scoring a framework with those weights', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 50 }), (doc, weight) => {
        const edited = structuredClone(doc);
        edited.framework.indicators[0].weight = weight;
        expect(prepareScoring(doc).score({ i0: weight })).toEqual(scoreDocument(edited));
        expect(Array.from(prepareScoring(doc).rank({ i0: weight }).totals)).toEqual(
          Array.from(prepareScoring(edited).rank().totals),
        );
      }),
    );
  });
});
