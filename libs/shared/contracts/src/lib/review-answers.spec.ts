import { changedValues, commentAnswer, unansweredComments, type ChangesSinceReturn } from './review-answers';

const returnedAt = '2026-12-01T10:00:00.000Z';
const comment = (indicator: string | null, reply: string | null = null) => ({
  id: `c-${indicator ?? 'whole'}`,
  indicator,
  createdAt: returnedAt,
  reply,
});
const nothing: ChangesSinceReturn = { changedValues: new Set(), evidence: [] };

describe('which review comments are answered', () => {
  it('leaves a comment unanswered when nothing was done', () => {
    expect(commentAnswer(comment('media.releases'), nothing)).toBeNull();
  });

  it('counts a changed value, added evidence or a reply, each on its own', () => {
    expect(
      commentAnswer(comment('media.releases'), { ...nothing, changedValues: new Set(['media.releases']) }),
    ).toBe('value');
    expect(
      commentAnswer(comment('media.releases'), {
        ...nothing,
        evidence: [{ indicator: 'media.releases', createdAt: '2026-12-02T08:00:00.000Z' }],
      }),
    ).toBe('evidence');
    expect(commentAnswer(comment('media.releases', 'The figure is right: see the log.'), nothing)).toBe(
      'reply',
    );
  });

  it('does not count evidence from before or with the return, another indicator’s change, or a blank reply', () => {
    const changes: ChangesSinceReturn = {
      changedValues: new Set(['web.answered']),
      evidence: [
        { indicator: 'media.releases', createdAt: '2026-11-30T08:00:00.000Z' },
        { indicator: 'media.releases', createdAt: returnedAt },
        { indicator: 'web.answered', createdAt: '2026-12-02T08:00:00.000Z' },
      ],
    };
    expect(commentAnswer(comment('media.releases', '  '), changes)).toBeNull();
  });

  it('answers a comment on the whole submission only by a reply', () => {
    const everything: ChangesSinceReturn = {
      changedValues: new Set(['media.releases']),
      evidence: [{ indicator: 'media.releases', createdAt: '2026-12-02T08:00:00.000Z' }],
    };
    expect(commentAnswer(comment(null), everything)).toBeNull();
    expect(commentAnswer(comment(null, 'Done as asked.'), nothing)).toBe('reply');
  });

  it('lists the unanswered ones in order', () => {
    const open = [comment('a'), comment('b'), comment(null)];
    const changes = { ...nothing, changedValues: new Set(['b']) };
    expect(unansweredComments(open, changes).map((c) => c.id)).toEqual(['c-a', 'c-whole']);
  });
});

describe('which values changed since the review', () => {
  it('compares with the reviewed value, yes/no as 1 and 0, and only the agency’s own indicators', () => {
    const values = [
      { indicator: 'a', value: 3, reviewedValue: 3 },
      { indicator: 'b', value: 4, reviewedValue: 3 },
      { indicator: 'c', value: true, reviewedValue: 1 },
      { indicator: 'd', value: false, reviewedValue: 1 },
      { indicator: 'e', value: null, reviewedValue: null },
      { indicator: 'f', value: 2, reviewedValue: null },
      { indicator: 'rating', value: 5, reviewedValue: null },
    ];
    const agency = new Set(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...changedValues(values, agency)]).toEqual(['b', 'd', 'f']);
  });
});
