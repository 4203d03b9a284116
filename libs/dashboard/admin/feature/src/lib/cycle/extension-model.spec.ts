import { extensionProblems } from './extension-model';

describe('the extension form', () => {
  const deadline = '2026-12-20T18:00:00.000Z';

  it('asks for an agency, a day after the deadline and a reason', () => {
    expect(extensionProblems({ agencyId: '', untilDay: '', reason: ' ' }, deadline)).toEqual({
      agencyId: ['admin.problem.agency'],
      until: ['admin.problem.required'],
      reason: ['admin.problem.extensionReason'],
    });
  });

  it('refuses a new deadline on or before the cycle deadline day', () => {
    expect(extensionProblems({ agencyId: 'a', untilDay: '2026-12-20', reason: 'Flood' }, deadline)).toEqual({
      until: ['admin.problem.untilAfterDeadline'],
    });
    expect(extensionProblems({ agencyId: 'a', untilDay: '2026-12-21', reason: 'Flood' }, deadline)).toEqual(
      {},
    );
  });
});
