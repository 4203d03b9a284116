import { extensionProblems } from './extension-model';

describe('the extension form', () => {
  const deadline = '2026-12-20T18:00:00.000Z';

  it('asks for an agency, a day after the deadline and a reason', () => {
    expect(extensionProblems({ agencyId: '', untilDay: '', reason: ' ' }, deadline, 'Asia/Almaty')).toEqual({
      agencyId: ['admin.problem.agency'],
      until: ['admin.problem.required'],
      reason: ['admin.problem.extensionReason'],
    });
  });

  it('refuses a new deadline on or before the cycle deadline day', () => {
    expect(
      extensionProblems({ agencyId: 'a', untilDay: '2026-12-20', reason: 'Flood' }, deadline, 'Asia/Almaty'),
    ).toEqual({
      until: ['admin.problem.untilAfterDeadline'],
    });
    expect(
      extensionProblems({ agencyId: 'a', untilDay: '2026-12-21', reason: 'Flood' }, deadline, 'Asia/Almaty'),
    ).toEqual({});
  });

  it("reads the cycle deadline's day in the region's zone", () => {
    // 20:00 UTC on 20 December is 23:00 that day in Moscow, but 01:00 on 21 December in Almaty.
    const lateDeadline = '2026-12-20T20:00:00.000Z';
    const day21 = { agencyId: 'a', untilDay: '2026-12-21', reason: 'Flood' };
    expect(extensionProblems(day21, lateDeadline, 'Europe/Moscow')).toEqual({});
    expect(extensionProblems(day21, lateDeadline, 'Asia/Almaty')).toEqual({
      until: ['admin.problem.untilAfterDeadline'],
    });
  });
});
