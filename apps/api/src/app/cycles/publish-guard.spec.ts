import { type ExpectedAgency, publishSummaryOf } from './publish-guard';

const agency = (code: string, status: ExpectedAgency['status'], hasValues: boolean): ExpectedAgency => ({
  id: `id-${code}`,
  code,
  name: { ru: code },
  status,
  hasValues,
});

const agencies = [agency('A', 'approved', true), agency('B', 'draft', true), agency('C', 'draft', false)];
const cycle = { id: 'c1', status: 'review' as const, periodEnd: '2014-12-31' };

describe('publishSummaryOf', () => {
  it('scores approved submissions only in a cycle evaluated here', () => {
    const summary = publishSummaryOf({ ...cycle, importedHistory: false }, agencies, '2026-11-30');
    expect([summary.approved, summary.scored, summary.coverage]).toEqual([1, 1, 1 / 3]);
    expect(summary.unscored.map((u) => u.agencyCode)).toEqual(['B', 'C']);
  });

  it('scores every submission with values in imported history, approved or not', () => {
    const summary = publishSummaryOf({ ...cycle, importedHistory: true }, agencies, '2026-11-30');
    expect([summary.approved, summary.scored, summary.coverage, summary.refusal]).toEqual([
      1,
      2,
      2 / 3,
      null,
    ]);
    expect(summary.unscored.map((u) => [u.agencyCode, u.status])).toEqual([['C', 'draft']]);
  });
});
