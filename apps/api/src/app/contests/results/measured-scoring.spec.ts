import { criteriaScores, measuredScores } from './measured-scoring';

const subscribers = {
  key: 'subscribers',
  weight: 1,
  kind: 'measured' as const,
  normalisation: 'min_max' as const,
};
const quality = { key: 'quality', weight: 1 };
const values = (verified: Record<string, number | null>) =>
  Object.entries(verified).map(([applicationId, v]) => ({
    applicationId,
    criterionKey: 'subscribers',
    verified: v,
  }));

describe('the measured part of a score', () => {
  it('puts verified values on 0..10 between the nomination’s lowest and highest', () => {
    const scores = measuredScores([subscribers], ['a', 'b', 'c'], values({ a: 100, b: 300, c: 500 }));
    expect([...scores]).toEqual([
      ['a', 0],
      ['b', 5],
      ['c', 10],
    ]);
  });

  it('counts an unverified or missing value as 0, without moving the goalposts', () => {
    const scores = measuredScores([subscribers], ['a', 'b', 'c', 'd'], values({ a: 100, b: 300, c: null }));
    expect([...scores]).toEqual([
      ['a', 0],
      ['b', 10],
      ['c', 0],
      ['d', 0],
    ]);
  });

  it('weights two measured criteria by their shares', () => {
    const posts = { ...subscribers, key: 'posts', weight: 3, normalisation: 'rank' as const };
    const measures = [
      ...values({ a: 0, b: 10 }),
      { applicationId: 'a', criterionKey: 'posts', verified: 7 },
      { applicationId: 'b', criterionKey: 'posts', verified: 2 },
    ];
    // a: 0.25 × 0 + 0.75 × 10 = 7.5; b: 0.25 × 10 + 0.75 × 0 = 2.5.
    expect([...measuredScores([subscribers, posts], ['a', 'b'], measures)]).toEqual([
      ['a', 7.5],
      ['b', 2.5],
    ]);
  });
});

describe('criteria scores', () => {
  const sheets = [
    { jurorId: 'j', applicationId: 'a', scores: { quality: 8 } },
    { jurorId: 'j', applicationId: 'b', scores: { quality: 4 } },
  ];

  it('weights the jury score and the measured part by the summed weights of each kind', () => {
    const rules = { criteria: [{ ...quality, weight: 3 }, subscribers], normaliseJurors: false };
    // a: (3 × 8 + 1 × 0) / 4 = 6; b: (3 × 4 + 1 × 10) / 4 = 5.5.
    expect([...criteriaScores(rules, ['a', 'b'], sheets, values({ a: 10, b: 20 }))]).toEqual([
      ['a', 6],
      ['b', 5.5],
    ]);
  });

  it('leaves an application without sheets unscored when the nomination has jury criteria', () => {
    const rules = { criteria: [quality, subscribers], normaliseJurors: false };
    expect([...criteriaScores(rules, ['a', 'c'], sheets, values({ a: 1, c: 2 }))]).toEqual([['a', 4]]);
  });

  it('scores every application from its figures when all criteria are measured', () => {
    const rules = { criteria: [subscribers], normaliseJurors: false };
    expect([...criteriaScores(rules, ['a', 'b'], [], values({ a: 1, b: 2 }))]).toEqual([
      ['a', 0],
      ['b', 10],
    ]);
  });
});
