import fc from 'fast-check';
import { prepareScoring, scoreDocument } from './engine';
import type { LeafNode, Measure, ScoringInput } from './types';

const measures = fc.constantFrom<Measure>(
  { type: 'number' },
  { type: 'number', direction: 'lower' },
  { type: 'number', normalize: { method: 'rank' } },
  { type: 'percent' },
  { type: 'number', normalize: { method: 'goalposts', min: 0, max: 50 } },
  { type: 'number', per: 'prStaff' },
  { type: 'percent', direction: 'lower', normalize: { method: 'rank' } },
  { type: 'boolean' },
  { type: 'rating', max: 100, direction: 'lower' },
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
        measure,
      })),
    }));
    const agencies = Array.from({ length: agencyCount }, (_, a) => ({
      id: `a${a}`,
      ...(a % 3 ? { group: a % 2 ? 'odd' : 'even' } : {}),
      // Zero staff makes a per-staff value missing, which the properties must survive too.
      attributes: { prStaff: a % 4 },
    }));
    const leaves = indicators.flatMap((node) => node.children);
    const values = agencies.flatMap((agency, a) =>
      leaves.flatMap((leaf, l) => {
        const value = seedValues[(a * 12 + l) % seedValues.length];
        if (value === undefined) return [];
        return [
          {
            agency: agency.id,
            indicator: leaf.key,
            value: leaf.measure.type === 'boolean' ? value % 2 : value,
          },
        ];
      }),
    );
    return { framework: { missing, indicators }, agencies, values };
  });

const leavesOf = (doc: ScoringInput): LeafNode[] =>
  doc.framework.indicators.flatMap((n) => ('children' in n ? n.children : [n])).filter((n) => 'measure' in n);
const leafKeysOf = (doc: ScoringInput) => leavesOf(doc).map((leaf) => leaf.key);

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

  it("scaling the weights of one node's children (or of the indices) by one factor changes nothing", () => {
    fc.assert(
      fc.property(
        documents,
        fc.nat(),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (doc, pick, factor) => {
          const scaled = structuredClone(doc);
          const siblingSets = [
            scaled.framework.indicators,
            ...scaled.framework.indicators.flatMap((n) => ('children' in n ? [n.children] : [])),
          ];
          siblingSets[pick % siblingSets.length].forEach((node) => (node.weight *= factor));
          const before = scoreDocument(doc).results;
          const after = scoreDocument(scaled).results;
          expect(after.map((r) => [r.agency, r.rank, r.groupRank])).toEqual(
            before.map((r) => [r.agency, r.rank, r.groupRank]),
          );
          after.forEach((r, i) => {
            expect(r.total ?? -1).toBeCloseTo(before[i].total ?? -1, 9);
            for (const key of Object.keys(r.contributions))
              expect(r.contributions[key] ?? -1).toBeCloseTo(before[i].contributions[key] ?? -1, 9);
          });
        },
      ),
    );
  });

  it("raising one agency's value of a higher-is-better leaf never lowers its total", () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.integer({ min: 1, max: 50 }), (doc, pick, raise) => {
        const higher = doc.values.filter((v) => {
          const leaf = leavesOf(doc).find((l) => l.key === v.indicator);
          // Yes/no values and ratings cannot be raised freely; their monotonicity is the normalisation specs' job.
          const raisable = leaf?.measure.type === 'number' || leaf?.measure.type === 'percent';
          return raisable && leaf?.measure.direction !== 'lower';
        });
        if (higher.length === 0) return;
        const entry = higher[pick % higher.length];
        const raised = structuredClone(doc);
        const target = raised.values.find(
          (v) => v.agency === entry.agency && v.indicator === entry.indicator,
        );
        if (target) target.value = (target.value as number) + raise;
        const totalOf = (d: ScoringInput) =>
          scoreDocument(d).results.find((r) => r.agency === entry.agency)?.total;
        expect(totalOf(raised) ?? 0).toBeGreaterThanOrEqual((totalOf(doc) ?? 0) - 1e-9);
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
        expect(prepareScoring(doc).recompute({ i0: weight })).toEqual(prepareScoring(edited).recompute());
      }),
    );
  });
});
